namespace PodcastSite.Preview;

/// <summary>
/// Watches the input and theme folders and calls back once per burst of changes: an editor's save (temporary
/// file, rename, several events) becomes one rebuild, not five. It keeps the paths it was told of, so the rebuild
/// reads again only those.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private long _lastChangeTicks;
    private readonly object _gate = new();
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _lost;
    private bool _disposed;

    /// <param name="directories">What to watch; one that does not exist yet (a show's theme/ before `theme eject`) is
    /// watched from the moment it is made.</param>
    public SiteWatcher(IEnumerable<string> directories, TimeSpan quiet, Action<DateTime> onChange)
    {
        _quiet = quiet;
        _timer = new Timer(_ => onChange(new DateTime(Interlocked.Read(ref _lastChangeTicks), DateTimeKind.Utc)));
        foreach (var directory in directories)
        {
            if (Directory.Exists(directory))
                Watch(directory);
            else
                WatchForCreation(directory);
        }
    }

    private void Watch(string directory)
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
        watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };
        // A lost buffer means lost events: rebuild everything to be sure.
        watcher.Error += (_, _) => Changed(null);
        lock (_watchers)
        {
            // A folder made as preview stops is not watched any more.
            if (_disposed)
            {
                watcher.Dispose();
                return;
            }
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>
    /// Watches the parent for the folder alone until it is made (or moved there), then the folder itself. Everything
    /// is read again then, since files may have landed in it before its own watcher started.
    /// </summary>
    private void WatchForCreation(string directory)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(directory));
        if (parent is null || !Directory.Exists(parent))
            return;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var parentWatcher = new FileSystemWatcher(parent, name) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
        var started = 0;
        void Made()
        {
            if (!Directory.Exists(directory) || Interlocked.Exchange(ref started, 1) == 1)
                return;
            Watch(directory);
            Changed(null);
        }
        parentWatcher.Created += (_, _) => Made();
        parentWatcher.Renamed += (_, _) => Made();
        parentWatcher.EnableRaisingEvents = true;
        lock (_watchers)
            _watchers.Add(parentWatcher);
        // Made between the check above and the watcher's start.
        Made();
    }

    private void Changed(string? path)
    {
        if (path is not null && Content.SourceLoader.IsEditorLeftover(Path.GetFileName(path)))
            return;
        lock (_gate)
        {
            if (path is null)
                _lost = true;
            else
                _paths.Add(path);
        }
        Interlocked.CompareExchange(ref _lastChangeTicks, DateTime.UtcNow.Ticks, 0);
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// The changes of the burst just handled, and a new burst started: the next change is timed from its own moment, and
    /// its paths are kept for the next rebuild.
    /// </summary>
    public SourceChanges TakeBurst()
    {
        Interlocked.Exchange(ref _lastChangeTicks, 0);
        lock (_gate)
        {
            var changes = new SourceChanges(_paths, _lost);
            _paths = new HashSet<string>(StringComparer.Ordinal);
            _lost = false;
            return changes;
        }
    }

    public void Dispose()
    {
        lock (_watchers)
        {
            _disposed = true;
            foreach (var watcher in _watchers)
                watcher.Dispose();
        }
        _timer.Dispose();
    }
}
