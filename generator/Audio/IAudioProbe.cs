using PodcastSite.Content;

namespace PodcastSite.Audio;

/// <summary>Reads byte length, MIME type, duration and embedded chapters from a local media file.</summary>
public interface IAudioProbe
{
    AudioProbeResult Probe(SourceFile file);
}
