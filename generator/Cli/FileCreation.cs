using PodcastSite.Scaffold;

namespace PodcastSite.Cli;

/// <summary>Writes the files `init`, `new` and `theme eject` make, never over a file that is already there.</summary>
public static class FileCreation
{
    public sealed record Outcome(IReadOnlyList<string> Created, IReadOnlyList<string> Kept);

    public static Outcome WriteNew(string folder, IEnumerable<ScaffoldFile> files)
    {
        var created = new List<string>();
        var kept = new List<string>();
        foreach (var file in files)
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
}
