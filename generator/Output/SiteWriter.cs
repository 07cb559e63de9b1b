using PodcastSite.Rendering;

namespace PodcastSite.Output;

/// <summary>
/// Write: the one stage that writes to disk. The site goes into a temporary folder beside the output folder,
/// which replaces the old output only once every file is written, so a failed build never leaves half a site.
/// Only a folder a build marked as its own is ever replaced (<see cref="OutputFolder"/>). A file whose bytes did not
/// change is carried over from the old site with its modification time, so syncing the output uploads only changes.
/// </summary>
public static class SiteWriter
{
    /// <returns>Notes worth a warning: leftovers that could not be removed. The new site is in place regardless.</returns>
    /// <exception cref="OutputFolderException">The output folder is not one a build may replace.</exception>
    public static IReadOnlyList<string> Write(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (OutputFolder.Problem(output, outputDirectory) is { } problem)
            throw new OutputFolderException(problem);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var notes = new List<string>(OutputFolder.RemoveLeftovers(output));
        var staging = OutputFolder.StagingPath(output);
        var retired = OutputFolder.RetiredPath(output);
        DeleteIfExists(staging);
        try
        {
            Directory.CreateDirectory(staging);
            OutputFolder.Mark(staging);
            var targets = files.ToDictionary(f => f, f => TargetPath(staging, f.Path));
            foreach (var folder in targets.Values.Select(Path.GetDirectoryName).Distinct().OfType<string>())
                Directory.CreateDirectory(folder);
            var previous = Directory.Exists(output) ? output : null;
            Parallel.ForEach(files, file => WriteFile(file, targets[file], previous is null ? null : Path.Combine(previous, file.Path)));

            if (Directory.Exists(output)) Directory.Move(output, retired);
            Directory.Move(staging, output);
        }
        catch
        {
            DeleteIfExists(staging);
            if (!Directory.Exists(output) && Directory.Exists(retired)) Directory.Move(retired, output);
            throw;
        }
        try
        {
            DeleteIfExists(retired);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new site is in place; the old one is only in the way, and the next build tries again.
            notes.Add($"the previous site, moved to `{retired}`, could not be removed ({e.Message}); the next build removes it");
        }
        return notes;
    }

    /// <summary>Where a file goes in the staging folder; a path that would land outside it is a bug, never written.</summary>
    private static string TargetPath(string staging, string relative)
    {
        var target = Path.GetFullPath(Path.Combine(staging, relative));
        if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.Contains('\0'))
            throw new InvalidOperationException($"refusing to write `{relative}`, which is not a path inside the site");
        return target;
    }

    private static void WriteFile(OutputFile file, string path, string? previous)
    {
        switch (file)
        {
            case GeneratedFile generated:
                WriteBytes(generated.Content, path, previous);
                break;
            case CopiedFile { Source.LastWriteUtc: var time } copied when time <= DateTime.UnixEpoch:
                // A file with no time of its own (the built-in theme's) is small and compared by its bytes.
                WriteBytes(copied.Source.ReadBytes(), path, previous);
                break;
            case CopiedFile copied:
                // A copy carries its source's time, so an unchanged asset is known by its size and time without reading it.
                if (previous is not null && new FileInfo(previous) is { Exists: true } old && old.Length == copied.Source.Length
                    && old.LastWriteTimeUtc == copied.Source.LastWriteUtc && Carry(previous, path))
                    return;
                using (var source = copied.Source.Open())
                using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                    source.CopyTo(target);
                File.SetLastWriteTimeUtc(path, copied.Source.LastWriteUtc);
                break;
        }
    }

    private static void WriteBytes(byte[] content, string path, string? previous)
    {
        if (previous is not null && SameBytes(previous, content) && Carry(previous, path)) return;
        File.WriteAllBytes(path, content);
    }

    /// <summary>The old file under its new name: a hard link, or a copy with the old time where links are not to be had.</summary>
    private static bool Carry(string previous, string path)
    {
        if (HardLink.TryCreate(previous, path)) return true;
        File.Copy(previous, path);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(previous));
        return true;
    }

    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
