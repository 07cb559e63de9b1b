using System.Collections.Concurrent;
using PodcastSite.Content;

namespace PodcastSite.Audio;

/// <summary>Remembers what was read per path, size and modification time, so a rebuild never re-reads unchanged audio.</summary>
public sealed class CachingAudioProbe(IAudioProbe inner) : IAudioProbe
{
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), AudioProbeResult> _results = new();

    public AudioProbeResult Probe(SourceFile file) => _results.GetOrAdd((file.DisplayPath, file.Length, file.LastWriteUtc), _ => inner.Probe(file));
}
