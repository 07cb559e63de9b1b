namespace PodcastSite.Preview;

/// <summary>
/// What the watcher saw in one burst: the full paths it named (created, changed, deleted, both names of a rename), or,
/// when events were lost, that anything may have changed.
/// </summary>
public sealed record SourceChanges(IReadOnlySet<string> Paths, bool Unknown = false)
{
    public static readonly SourceChanges Anything = new(new HashSet<string>(), Unknown: true);

    /// <summary>Whether a change may lie inside <paramref name="directory"/> (always, when events were lost).</summary>
    public bool Touches(string directory) => Unknown || Paths.Any(p => Inside(p, directory));

    /// <summary>The paths that lie inside <paramref name="directory"/>, relative to it with '/' separators.</summary>
    public IEnumerable<string> Under(string directory) =>
        Paths.Where(p => Inside(p, directory)).Select(p => Path.GetRelativePath(Path.GetFullPath(directory), p).Replace('\\', '/'));

    private static bool Inside(string path, string directory)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(directory), path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
