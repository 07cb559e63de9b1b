namespace PodcastSite.Audio;

/// <summary>Either what was read, or why the file could not be read (said to the user as is).</summary>
public sealed record AudioProbeResult(AudioInfo? Info, string? Error)
{
    public static AudioProbeResult Success(AudioInfo info) => new(info, null);

    public static AudioProbeResult Failure(string error) => new(null, error);
}
