namespace PodcastSite.Rendering.Views;

public sealed record AudioView(string Url, string MimeType, long Length, string? Duration, long? DurationSeconds);
