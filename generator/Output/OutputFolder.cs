using System.Diagnostics;

namespace PodcastSite.Output;

/// <summary>
/// The proof that a folder is ours to replace. Every build marks the folder it writes with <see cref="MarkerName"/>;
/// a build replaces only a folder that is missing, empty, or marked, so a mistyped `--output` pointing at a
/// folder of photos is an error and never a loss.
/// </summary>
public static class OutputFolder
{
    public const string MarkerName = ".podcastsite-output";

    public const string MarkerText = "This folder is written by PodcastSite. Every build replaces it whole: keep nothing of your own in it.\n";

    /// <summary>Why the folder must not be replaced, or null when it may be.</summary>
    public static string? Problem(string path, string shownAs)
    {
        // A build puts its new folder where the old one was: a link there would be replaced by a folder, and the site it
        // led to (a web root, say) left behind. It is never followed either, so a show's repository that holds such a
        // link cannot make a build write wherever the link points.
        if (new FileInfo(path).LinkTarget is { } target)
            return $"Output folder `{shownAs}` is a link to `{target}`, and a build replaces its output folder whole; pass the folder itself as `--output`.";
        if (File.Exists(path))
            return $"Output folder `{shownAs}` is a file; choose a folder for the site, like `output`.";
        if (!Directory.Exists(path) || !Directory.EnumerateFileSystemEntries(path).Any() || IsMarked(path))
            return null;
        return $"Output folder `{shownAs}` holds files that PodcastSite did not write (it has no `{MarkerName}` file), and a build replaces the folder whole. "
            + "Move your files elsewhere, or delete the folder if it is an old build, or choose another `--output`.";
    }

    public static bool IsMarked(string path) => File.Exists(Path.Combine(path, MarkerName));

    public static void Mark(string path) => File.WriteAllText(Path.Combine(path, MarkerName), MarkerText);

    public static string StagingPath(string output) => Sibling(output, "building", Environment.ProcessId);

    public static string RetiredPath(string output) => Sibling(output, "old", Environment.ProcessId);

    /// <summary>
    /// Removes what builds that were killed or could not clean up left beside the output: staging and retired
    /// folders of processes no longer running, and only when they are marked (or empty), so nothing else is touched.
    /// </summary>
    public static IReadOnlyList<string> RemoveLeftovers(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var notes = new List<string>();
        if (!Directory.Exists(parent))
            return notes;
        var prefix = $".{Path.GetFileName(output)}.";
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var rest = Path.GetFileName(folder)[prefix.Length..];
            var dash = rest.LastIndexOf('-');
            if (dash < 0 || rest[..dash] is not ("building" or "old") || !int.TryParse(rest[(dash + 1)..], out var pid))
                continue;
            // One with this process's number is an earlier run's that had it too (in a container every run is process
            // 1): this build has made nothing yet.
            if (pid != Environment.ProcessId && IsRunning(pid))
                continue;
            if (!IsMarked(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
                continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add($"`{folder}`, left by an earlier build, could not be removed ({e.Message}); remove it by hand");
            }
        }
        return notes;
    }

    private static string Sibling(string output, string role, int pid) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{role}-{pid}");

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
