using PodcastSite.Content;

namespace PodcastSite.Preview.Hosting;

/// <summary>
/// A built site on disk as files to serve. Nothing outside the folder is served, not even through a symbolic link
/// inside it: a link to `~/.ssh` left in the output must not publish it. Links that stay inside are followed.
/// </summary>
public sealed class FolderFiles : ISiteFiles
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _root;

    public FolderFiles(string folder, string basePath, string feedPath)
    {
        _root = Path.TrimEndingDirectorySeparator(RealPath.Of(folder) ?? Path.GetFullPath(folder));
        BasePath = basePath;
        FeedPath = feedPath;
    }

    public string BasePath { get; }

    public string FeedPath { get; }

    public bool Contains(string path) => Resolve(path) is { } file && File.Exists(file);

    public ValueTask<ServedFile?> OpenAsync(string path)
    {
        if (Resolve(path) is not { } file)
            return ValueTask.FromResult<ServedFile?>(null);
        try
        {
            // Opened without waiting: a named pipe left in the folder would hold the request, and a thread, for good.
            var stream = PlainFile.OpenRead(file, path);
            return ValueTask.FromResult<ServedFile?>(new ServedFile(stream, new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ValueTask.FromResult<ServedFile?>(null); // a folder, a pipe, or gone since it was checked
        }
    }

    /// <summary>The real path of a site path when it is inside the folder once every link is followed, else null.</summary>
    private string? Resolve(string path)
    {
        var real = RealPath.Of(Path.Join(_root, path));
        return real is not null && real.StartsWith(_root + Path.DirectorySeparatorChar, PathComparison) ? real : null;
    }
}
