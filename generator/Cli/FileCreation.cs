using PodcastSite.Scaffold;

namespace PodcastSite.Cli;

/// <summary>Writes the files `init`, `new` and `theme eject` make, never over a file that is already there.</summary>
public static class FileCreation
{
    public sealed record Outcome(IReadOnlyList<string> Created, IReadOnlyList<string> Kept);

    /// <exception cref="IOException">A folder on the way to a file, inside <paramref name="folder"/>, is a link: nothing is written.</exception>
    public static Outcome WriteNew(string folder, IEnumerable<ScaffoldFile> files)
    {
        var all = files.ToList();
        if (LinkOnTheWay(folder, all) is { } link)
            throw new IOException(
                $"`{Path.Combine(folder, link)}` is a link to `{new FileInfo(Path.Combine(folder, link)).LinkTarget}`; PodcastSite writes a show's files only into folders of the show's own, so nothing was written. Replace the link with a folder."
            );
        var created = new List<string>();
        var kept = new List<string>();
        foreach (var file in all)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(file.Content);
                created.Add(file.Path);
            }
            catch (IOException) when (File.Exists(path))
            {
                kept.Add(file.Path);
            }
        }
        return new Outcome(created, kept);
    }

    /// <summary>
    /// The first folder inside <paramref name="folder"/>, on the way to one of the files, that is a symbolic link: a
    /// file written through it would land wherever it points (a build refuses such a link, but only afterwards).
    /// </summary>
    private static string? LinkOnTheWay(string folder, IEnumerable<ScaffoldFile> files)
    {
        foreach (var file in files)
        {
            for (var parent = Path.GetDirectoryName(file.Path); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
            {
                if (new DirectoryInfo(Path.Combine(folder, parent)).LinkTarget is not null)
                    return parent;
            }
        }
        return null;
    }
}
