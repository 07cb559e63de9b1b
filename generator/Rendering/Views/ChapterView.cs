namespace PodcastSite.Rendering.Views;

public sealed record ChapterView(string Start, long StartSeconds, string Title, string? Url);
