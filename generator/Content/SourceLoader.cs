using PodcastSite.Diagnostics;

namespace PodcastSite.Content;

/// <summary>
/// Load: the one stage that reads folders from disk (besides the audio probe, which reads headers on demand).
/// A show publishes only what lies inside its own folder: a symbolic link is followed only when it is a file
/// link whose target stays inside the folder being loaded; links to anything outside, links to folders
/// (which can loop back on themselves), dangling links and link cycles are reported and left out.
/// </summary>
public static class SourceLoader
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = false,
    };

    public static SourceFolder LoadFolder(string directory)
    {
        var root = Path.GetFullPath(directory);
        var display = DisplayPath(root);
        if (!Directory.Exists(root))
            return new SourceFolder(display, []);
        var files = new List<SourceFile>();
        var problems = new List<Diagnostic>();
        var realRoot = RealPath.Of(root) ?? root;
        var links = Walk(new DirectoryInfo(root), root, realRoot, display, files, problems);
        return new SourceFolder(display, files, problems) { HasLinks = links > 0 };
    }

    /// <summary>
    /// One plain file of a folder, read again after a change; null when it is not a plain file of the folder (gone, a
    /// folder, a link, a leftover), which only a walk of the whole folder can place.
    /// </summary>
    public static SourceFile? LoadFile(string directory, string path)
    {
        var root = Path.GetFullPath(directory);
        var file = new FileInfo(Path.Combine(root, path));
        if (!file.Exists || file.Attributes.HasFlag(FileAttributes.ReparsePoint) || IsEditorLeftover(file.Name) || HasBackslash(path))
            return null;
        return Source(root, DisplayPath(root), file.FullName, file);
    }

    /// <returns>How many symbolic links were followed.</returns>
    private static int Walk(DirectoryInfo folder, string root, string realRoot, string display, List<SourceFile> files, List<Diagnostic> problems)
    {
        var links = 0;
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = folder.EnumerateFileSystemInfos("*", OneLevel).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem(display, root, folder.FullName, $"cannot read this folder: {e.Message}"));
            return links;
        }
        foreach (var entry in entries)
        {
            if (IsEditorLeftover(entry.Name))
                continue;
            if (HasBackslash(entry.Name))
            {
                problems.Add(Problem(display, root, entry.FullName, BackslashProblem));
                continue;
            }
            // .NET reads a name's bytes as UTF-8 and puts U+FFFD where they are not: the file cannot be opened by that name.
            if (entry.Name.Contains('\uFFFD'))
            {
                problems.Add(Problem(display, root, entry.FullName, NotUtf8NameProblem));
                continue;
            }
            // The attribute comes with the folder listing; asking every entry for a link target costs a system call each.
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null)
            {
                if (ResolveLink(entry, realRoot, out var problem) is { } target)
                {
                    files.Add(Source(root, display, entry.FullName, target));
                    links++;
                }
                else
                    problems.Add(Problem(display, root, entry.FullName, problem!));
            }
            else if (entry is DirectoryInfo subfolder)
                links += Walk(subfolder, root, realRoot, display, files, problems);
            else if (entry is FileInfo file)
                files.Add(Source(root, display, file.FullName, file));
        }
        return links;
    }

    /// <summary>The file a link leads to, when following it keeps the show inside its folder; otherwise null and why.</summary>
    private static FileInfo? ResolveLink(FileSystemInfo link, string realRoot, out string? problem)
    {
        problem = null;
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            // .NET reports a cycle (a -> b -> a) or a chain too long to follow as an IOException.
            problem = "this symbolic link loops back on itself; remove it or point it at a file";
            return null;
        }
        if (target is null || !target.Exists)
        {
            problem = "this symbolic link points to nothing that exists; remove it or point it at a file";
            return null;
        }
        if (target is DirectoryInfo || Directory.Exists(target.FullName))
        {
            problem =
                "this symbolic link leads to a folder, which PodcastSite does not follow (a folder link can lead outside the show or loop); copy or move the folder in instead";
            return null;
        }
        var real = RealPath.Of(target.FullName) ?? target.FullName;
        if (!IsInside(real, realRoot))
        {
            problem = "this symbolic link leads outside the show's folder, which PodcastSite does not publish; copy the file in instead";
            return null;
        }
        return new FileInfo(target.FullName);
    }

    // On Windows `\` separates folders; elsewhere it may be part of a name, where browsers, hosts and Windows would
    // all read it as a separator: `assets/x\..\..\CNAME` would be published as the site's own CNAME.
    private static bool HasBackslash(string name) => Path.DirectorySeparatorChar != '\\' && name.Contains('\\');

    private const string NotUtf8NameProblem =
        "this file or folder name is not UTF-8 text (the bytes shown as `\uFFFD` are not), so it can be neither read nor published under it; rename it";

    private const string BackslashProblem =
        "a file or folder name with `\\` in it is not published: browsers and Windows read `\\` as `/`, so it could land anywhere in the site; rename it";

    private static SourceFile Source(string root, string display, string linkOrFile, FileInfo content)
    {
        var relative = Path.GetRelativePath(root, linkOrFile).Replace(Path.DirectorySeparatorChar, '/');
        var fullName = content.FullName;
        return new SourceFile(
            relative,
            $"{display}/{relative}",
            content.Length,
            content.LastWriteTimeUtc,
            () => PlainFile.OpenRead(fullName, $"{display}/{relative}")
        );
    }

    private static Diagnostic Problem(string display, string root, string fullName, string message)
    {
        var relative = Path.GetRelativePath(root, fullName).Replace(Path.DirectorySeparatorChar, '/');
        return new Diagnostic($"{display}/{relative}", 0, 0, Severity.Error, message);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Relative to the working directory when inside it, so messages read <c>input/episodes/x.md</c>.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }

    // Editors save through temporary files (vim's 4913 and .swp, emacs' #x#, ~ backups); they are never content.
    public static bool IsEditorLeftover(string name) =>
        name.EndsWith('~')
        || name.StartsWith(".#", StringComparison.Ordinal)
        || name.StartsWith('#')
        || name.EndsWith(".swp", StringComparison.Ordinal)
        || name.EndsWith(".swx", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.Ordinal)
        || name == "4913";
}
