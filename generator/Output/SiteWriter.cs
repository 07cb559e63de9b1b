using PodcastSite.Rendering;

namespace PodcastSite.Output;

/// <summary>
/// Write: the one stage that writes to disk. The site goes into a temporary folder beside the output folder,
/// which replaces the old output only once every file is written, so a failed build never leaves half a site.
/// </summary>
public static class SiteWriter
{
    public static void Write(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.building-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{Path.GetFileName(output)}.old-{Environment.ProcessId}");
        DeleteIfExists(staging);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Distinct().OfType<string>().Where(f => f.Length > 0))
                Directory.CreateDirectory(Path.Combine(staging, folder));
            Parallel.ForEach(files, file => WriteFile(file, Path.Combine(staging, file.Path)));

            if (Directory.Exists(output)) Directory.Move(output, retired);
            Directory.Move(staging, output);
            DeleteIfExists(retired);
        }
        catch
        {
            DeleteIfExists(staging);
            if (!Directory.Exists(output) && Directory.Exists(retired)) Directory.Move(retired, output);
            throw;
        }
    }

    private static void WriteFile(OutputFile file, string path)
    {
        switch (file)
        {
            case GeneratedFile generated:
                File.WriteAllBytes(path, generated.Content);
                break;
            case LazyFile lazy:
                File.WriteAllBytes(path, lazy.Content.Value);
                break;
            case CopiedFile copied:
                using (var source = copied.Source.Open())
                using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                    source.CopyTo(target);
                break;
        }
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
