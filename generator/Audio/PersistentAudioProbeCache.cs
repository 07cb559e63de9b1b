using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using PodcastSite.Content;
using PodcastSite.Model;

namespace PodcastSite.Audio;

/// <summary>
/// What the probe read, kept between runs in a cache file keyed by absolute path, size and modification time,
/// so that a rebuild reads no unchanged audio again (a VBR file without a Xing header is walked frame by frame).
/// A damaged or unreadable cache file is ignored; output never depends on it.
/// </summary>
public sealed partial class PersistentAudioProbeCache(IAudioProbe inner, string cacheFile) : IAudioProbe
{
    private sealed record Entry(string MimeType, long DurationTicks, long Length, List<CachedChapter> Chapters);

    private sealed record CachedChapter(long StartTicks, string Title, string? Url, string? Image);

    // Generated at compile time: Native AOT has no reflection-based serializer.
    [JsonSerializable(typeof(SortedDictionary<string, Entry>))]
    [JsonSerializable(typeof(Dictionary<string, Entry>))]
    private sealed partial class CacheJson : JsonSerializerContext;

    private readonly ConcurrentDictionary<string, Entry> _entries = Load(cacheFile);
    private bool _changed;

    public static string DefaultFile()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "podcastsite", "audio-probe.json");
    }

    public AudioProbeResult Probe(SourceFile file)
    {
        var key = $"{Path.GetFullPath(file.DisplayPath)}|{file.Length}|{file.LastWriteUtc.Ticks}";
        if (_entries.TryGetValue(key, out var entry))
        {
            var chapters = entry
                .Chapters.Select(c => new Chapter(TimeSpan.FromTicks(c.StartTicks), c.Title, c.Url is null ? null : new Uri(c.Url), c.Image))
                .ToList();
            return AudioProbeResult.Success(new AudioInfo(entry.Length, entry.MimeType, TimeSpan.FromTicks(entry.DurationTicks), chapters));
        }
        var result = inner.Probe(file);
        if (result.Info is { } info)
        {
            _entries[key] = new Entry(
                info.MimeType,
                info.Duration.Ticks,
                info.Length,
                info.Chapters.Select(c => new CachedChapter(c.Start.Ticks, c.Title, c.Url?.AbsoluteUri, c.Image)).ToList()
            );
            _changed = true;
        }
        return result;
    }

    /// <summary>Writes the cache if anything was added; a failure to write only costs the next run some reading.</summary>
    public void Save()
    {
        if (!_changed)
            return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
            var temporary = $"{cacheFile}.{Environment.ProcessId}.tmp";
            File.WriteAllText(
                temporary,
                JsonSerializer.Serialize(new SortedDictionary<string, Entry>(_entries, StringComparer.Ordinal), CacheJson.Default.SortedDictionaryStringEntry)
            );
            File.Move(temporary, cacheFile, overwrite: true);
            _changed = false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static ConcurrentDictionary<string, Entry> Load(string file)
    {
        try
        {
            if (File.Exists(file) && JsonSerializer.Deserialize(File.ReadAllText(file), CacheJson.Default.DictionaryStringEntry) is { } entries)
                return new ConcurrentDictionary<string, Entry>(entries, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException) { }
        return new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
    }
}
