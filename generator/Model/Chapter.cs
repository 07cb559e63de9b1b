namespace PodcastSite.Model;

public sealed record Chapter(TimeSpan Start, string Title, Uri? Url, string? Image);
