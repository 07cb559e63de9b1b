namespace PodcastSite.Content;

/// <summary>
/// A path with every symbolic link on the way followed, as POSIX realpath(3) makes it: the only way to know
/// which file a path inside a folder really opens.
/// </summary>
public static class RealPath
{
    // The limit of links followed on one path that Linux applies (ELOOP), so a loop of links ends.
    private const int MaxLinks = 40;

    /// <summary>The real path, or null when it loops; parts that do not exist are kept as they are.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var resolved = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[resolved.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                // The parent of a real path, never of a link: the link was replaced by its target already.
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }
            var next = Path.Join(resolved, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                resolved = next;
                continue;
            }
            if (++links > MaxLinks)
                return null;
            if (Path.IsPathRooted(target))
                resolved = Path.GetPathRoot(Path.GetFullPath(target))!;
            foreach (var targetPart in Parts(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse())
                pending.Push(targetPart);
        }
        return resolved;
    }

    private static IEnumerable<string> Parts(string path) => path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
}
