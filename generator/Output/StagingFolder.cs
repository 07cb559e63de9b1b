using System.Collections.Concurrent;
using PodcastSite.Rendering;

namespace PodcastSite.Output;

/// <summary>
/// Write: the one stage that writes to disk. Files go into a temporary folder beside the output folder as they are
/// made; <see cref="Commit"/> swaps it in for the old output once every file is there, and a staging folder that is
/// never committed is removed, so a failed build never leaves half a site. Only a folder a build marked as its own
/// is ever replaced (<see cref="OutputFolder"/>). A file whose bytes did not change is carried over from the old site
/// with its modification time, so syncing the output uploads only what changed.
/// </summary>
public sealed class StagingFolder : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string? _previous;
    private readonly List<string> _notes;

    // The outermost folder above the output that the build made, removed again if nothing is committed.
    private readonly string? _madeParents;

    // A path two files claim, or a file where a folder must be, is the build's error to report; the first file keeps it.
    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<Exception> _failures = new();

    // Folders made so far: most files share theirs with others (an episode's page, embed and side-cars), and asking
    // the file system again for each is a call per file. A folder is listed only once it exists. Each is made after
    // its parent, so making one never fails first (an episode's embed/ made before the episode's own folder did, and
    // that folder's turn then failed as already there: 4,100 calls instead of 2,300 for 1,000 episodes).
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagingFolder(string output, IReadOnlyList<string> notes, string? madeParents)
    {
        _output = output;
        _notes = [.. notes];
        _madeParents = madeParents;
        _staging = OutputFolder.StagingPath(output);
        _previous = Directory.Exists(output) ? output : null;
        Directory.CreateDirectory(_staging);
        _folders[_staging] = true;
        OutputFolder.Mark(_staging);
    }

    public int Count => _claimed.Count;

    /// <exception cref="OutputFolderException">The output folder is not one a build may replace, or a folder that is
    /// not a build's holds a name the build needs beside it.</exception>
    public static StagingFolder Open(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (OutputFolder.Problem(output, outputDirectory) is { } problem)
            throw new OutputFolderException(problem);
        var madeParents = FirstMissing(Path.GetDirectoryName(output)!);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var notes = OutputFolder.RemoveLeftovers(output);
        // What is left under those names is not a build's (leftovers are removed when marked or empty): never removed.
        foreach (var needed in new[] { OutputFolder.StagingPath(output), OutputFolder.RetiredPath(output) })
            if (Directory.Exists(needed) || File.Exists(needed))
                throw new OutputFolderException(
                    $"`{needed}` is in the way: a build needs that name beside the output folder, and it holds files PodcastSite did not write. Move or remove it."
                );
        return new StagingFolder(output, notes, madeParents);
    }

    /// <summary>The outermost folder of <paramref name="path"/> that does not exist yet, or null when it all does.</summary>
    private static string? FirstMissing(string path)
    {
        string? missing = null;
        for (var folder = path; folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
            missing = folder;
        return missing;
    }

    public void Add(OutputFile file)
    {
        if (!_claimed.TryAdd(file.Path, true))
            return;
        try
        {
            var target = TargetPath(file.Path);
            MakeFolder(Path.GetDirectoryName(target)!);
            FileCarrier.Write(file, target, _previous is null ? null : Path.Combine(_previous, file.Path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failures.Enqueue(e);
        }
    }

    /// <summary>Puts the new site in place of the old one.</summary>
    /// <returns>Notes worth a warning: leftovers that could not be removed. The new site is in place regardless.</returns>
    public IReadOnlyList<string> Commit()
    {
        if (_failures.TryPeek(out var failure))
            throw new IOException($"writing the site failed: {failure.Message}", failure);
        var retired = OutputFolder.RetiredPath(_output);
        if (Directory.Exists(_output))
            Directory.Move(_output, retired);
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (!Directory.Exists(_output) && Directory.Exists(retired))
                Directory.Move(retired, _output);
            throw;
        }
        _committed = true;
        try
        {
            if (Directory.Exists(retired))
                DeleteTree(retired);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException)
        {
            // The new site is in place; the old one is only in the way, and the next build tries again.
            var first = e is AggregateException many ? many.Flatten().InnerExceptions[0].Message : e.Message;
            _notes.Add($"the previous site, moved to `{retired}`, could not be removed ({first}); the next build removes it");
        }
        return _notes;
    }

    /// <summary>
    /// Removes the old site. A large show's is tens of thousands of files, a system call each: its folders two levels
    /// down (each episode's) are removed on every core, then the rest. A link to a folder is removed, never followed,
    /// the old site itself included (<see cref="OutputFolder.Problem"/> refuses one, but it could be made meanwhile).
    /// </summary>
    private static void DeleteTree(string root)
    {
        static IEnumerable<DirectoryInfo> Folders(DirectoryInfo folder) =>
            folder.EnumerateDirectories().Where(d => !d.Attributes.HasFlag(FileAttributes.ReparsePoint));
        var old = new DirectoryInfo(root);
        if (!old.Attributes.HasFlag(FileAttributes.ReparsePoint))
            Parallel.ForEach(Folders(old).SelectMany(Folders).ToList(), folder => folder.Delete(recursive: true));
        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// Removes the staging folder unless it was committed, and the folders made to hold it: the old output, and
    /// everything around it, stay as they were.
    /// </summary>
    public void Dispose()
    {
        if (_committed)
            return;
        if (Directory.Exists(_staging))
            Directory.Delete(_staging, recursive: true);
        if (_madeParents is null)
            return;
        // Only folders left empty go, from the inside out; one something else has put a file in meanwhile stays.
        for (var folder = Path.GetDirectoryName(_staging)!; folder.Length >= _madeParents.Length; folder = Path.GetDirectoryName(folder)!)
        {
            try
            {
                Directory.Delete(folder, recursive: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    private void MakeFolder(string path)
    {
        // The staging folder itself is listed from the start; nothing above it is ever made.
        if (path.Length <= _staging.Length || _folders.ContainsKey(path))
            return;
        MakeFolder(Path.GetDirectoryName(path)!);
        _folders.GetOrAdd(path, CreateFolder);
    }

    private static bool CreateFolder(string path)
    {
        Directory.CreateDirectory(path);
        return true;
    }

    /// <summary>Where a file goes in the staging folder; a path that would land outside it is a bug, never written.</summary>
    private string TargetPath(string relative)
    {
        var target = Path.GetFullPath(Path.Combine(_staging, relative));
        if (!target.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.Contains('\0'))
            throw new InvalidOperationException($"refusing to write `{relative}`, which is not a path inside the site");
        return target;
    }
}
