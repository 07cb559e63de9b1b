using System.Security.Cryptography;

namespace PodcastSite.Tests.Hostile;

/// <summary>
/// Every entry under a folder with what it holds (a file's SHA-256, a folder, a link's target), to tell afterwards
/// what a command wrote, deleted or changed. Links are recorded, never followed, so a loop or a link to /etc is safe.
/// </summary>
public sealed class FolderSnapshot
{
    private readonly SortedDictionary<string, string> _entries;

    private FolderSnapshot(SortedDictionary<string, string> entries) => _entries = entries;

    public static FolderSnapshot Take(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), root, entries);
        return new FolderSnapshot(entries);
    }

    /// <summary>The same snapshot without a folder and what is inside it (the output of a build that succeeded).</summary>
    public FolderSnapshot Without(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return new FolderSnapshot(
            new SortedDictionary<string, string>(
                _entries.Where(e => e.Key != folder.TrimEnd('/') && !e.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(),
                StringComparer.Ordinal
            )
        );
    }

    /// <summary>One line per entry added, deleted or changed since <paramref name="before"/>; none when nothing changed.</summary>
    public IReadOnlyList<string> ChangesSince(FolderSnapshot before) =>
        [
            .. _entries.Keys.Except(before._entries.Keys).Select(p => $"written: {p}"),
            .. before._entries.Keys.Except(_entries.Keys).Select(p => $"deleted: {p}"),
            .. _entries.Where(e => before._entries.TryGetValue(e.Key, out var old) && old != e.Value).Select(e => $"changed: {e.Key}"),
        ];

    private static void Walk(DirectoryInfo folder, string root, SortedDictionary<string, string> entries)
    {
        // Hidden entries included: a build's staging folder starts with a dot.
        foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false }))
        {
            var path = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is { } target)
                entries[path] = $"link -> {target}";
            else if (entry is DirectoryInfo directory)
            {
                entries[path] = "folder";
                Walk(directory, root, entries);
            }
            else
                entries[path] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
        }
    }
}
