namespace PodcastSite.Model;

/// <summary>
/// The episode's media file as the feed announces it. <paramref name="LocalPath"/> is the path under
/// <c>input/</c> when the file is local (its size and duration were read from it), else null.
/// </summary>
public sealed record Audio(Uri Url, string? LocalPath, long Length, string MimeType, TimeSpan? Duration);
