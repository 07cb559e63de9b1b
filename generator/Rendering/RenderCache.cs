using System.Collections.Concurrent;

namespace PodcastSite.Rendering;

/// <summary>
/// What each output file was rendered from, so that a rebuild renders again only the files whose inputs changed.
/// Inputs are compared by reference: an unchanged episode, show or theme is the very same object after a rebuild.
/// </summary>
public sealed class RenderCache
{
    private readonly ConcurrentDictionary<string, (object[] Inputs, OutputFile File)> _entries = new(StringComparer.Ordinal);

    public int Hits;
    public int Misses;

    public OutputFile? GetOrRender(string path, object[] inputs, Func<OutputFile?> render)
    {
        if (_entries.TryGetValue(path, out var entry) && SameInputs(entry.Inputs, inputs))
        {
            Interlocked.Increment(ref Hits);
            return entry.File;
        }
        Interlocked.Increment(ref Misses);
        var file = render();
        if (file is null)
            _entries.TryRemove(path, out _);
        else
            _entries[path] = (inputs, file);
        return file;
    }

    public void ResetCounts() => Hits = Misses = 0;

    private static bool SameInputs(object[] a, object[] b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
        {
            var same = a[i] is string or int or long or bool ? Equals(a[i], b[i]) : ReferenceEquals(a[i], b[i]);
            if (!same)
                return false;
        }
        return true;
    }
}
