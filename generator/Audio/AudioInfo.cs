using PodcastSite.Model;

namespace PodcastSite.Audio;

/// <summary>What the probe read from a media file's headers.</summary>
public sealed record AudioInfo(long Length, string MimeType, TimeSpan Duration, IReadOnlyList<Chapter> Chapters);
