using PodcastSite.Model;

namespace PodcastSite.Audio;

/// <summary>What the probe read from a media file's headers.</summary>
public sealed record AudioInfo(long Length, string MimeType, TimeSpan Duration, IReadOnlyList<Chapter> Chapters);

/// <summary>Either what was read, or why the file could not be read (said to the user as is).</summary>
public sealed record AudioProbeResult(AudioInfo? Info, string? Error)
{
    public static AudioProbeResult Success(AudioInfo info) => new(info, null);

    public static AudioProbeResult Failure(string error) => new(null, error);
}
