namespace PodcastSite.Preview;

/// <summary>
/// Watches the input and theme folders and calls back once per burst of changes: an editor's save (temporary
/// file, rename, several events) becomes one rebuild, not five.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private long _lastChangeTicks;

    public SiteWatcher(IEnumerable<string> directories, TimeSpan quiet, Action<DateTime> onChange)
    {
        _quiet = quiet;
        _timer = new Timer(_ => onChange(new DateTime(Interlocked.Read(ref _lastChangeTicks), DateTimeKind.Utc)));
        foreach (var directory in directories.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => Changed(e.FullPath);
            // A lost buffer means lost events: rebuild to be sure.
            watcher.Error += (_, _) => Changed("");
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Changed(string path)
    {
        if (Content.SourceLoader.IsEditorLeftover(Path.GetFileName(path)))
            return;
        Interlocked.CompareExchange(ref _lastChangeTicks, DateTime.UtcNow.Ticks, 0);
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Starts a new burst: the next change is timed from its own moment, not from the one just handled.</summary>
    public void ResetBurst() => Interlocked.Exchange(ref _lastChangeTicks, 0);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _timer.Dispose();
    }
}
