namespace PodcastSite.Content;

/// <summary>Load: the one stage that reads folders from disk (besides the audio probe, which reads headers on demand).</summary>
public static class SourceLoader
{
    public static SourceFolder LoadFolder(string directory)
    {
        var root = Path.GetFullPath(directory);
        var display = DisplayPath(root);
        if (!Directory.Exists(root))
            return new SourceFolder(display, []);
        var files = new DirectoryInfo(root)
            .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => !IsEditorLeftover(f.Name))
            .Select(f =>
            {
                var relative = Path.GetRelativePath(root, f.FullName).Replace('\\', '/');
                var fullName = f.FullName;
                return new SourceFile(relative, $"{display}/{relative}", f.Length, f.LastWriteTimeUtc,
                    () => new FileStream(fullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan));
            });
        return new SourceFolder(display, files);
    }

    /// <summary>Relative to the working directory when inside it, so messages read <c>input/episodes/x.md</c>.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }

    // Editors save through temporary files (vim's 4913 and .swp, emacs' #x#, ~ backups); they are never content.
    public static bool IsEditorLeftover(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name.StartsWith('#')
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913";
}
