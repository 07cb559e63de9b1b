using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using PodcastSite.Diagnostics;
using PodcastSite.Preview.Hosting;
using PodcastSite.Rendering;

namespace PodcastSite.Preview;

public sealed record PreviewOptions(string Host, int Port, TimeSpan Quiet);

/// <summary>
/// `preview`: the site built in memory (drafts and scheduled episodes included), served as a static host would
/// serve it (<see cref="StaticHost"/>), rebuilt on every change and reloaded in every open browser. Nothing is
/// written to disk.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly IncrementalBuilder _builder;
    private readonly PreviewOptions _options;
    private readonly LiveReload _liveReload = new();
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly Action<PreviewBuild, TimeSpan?> _report;
    private readonly IReadOnlyList<string> _watched;
    private LocalWebServer? _server;
    private SiteWatcher? _watcher;
    private readonly TaskCompletionSource<PreviewBuild> _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile PreviewBuild? _current;

    public PreviewServer(IncrementalBuilder builder, IReadOnlyList<string> watched, PreviewOptions options, Action<PreviewBuild, TimeSpan?> report)
    {
        _builder = builder;
        _options = options;
        _report = report;
        _watched = watched;
    }

    /// <summary>The build being served; there is one once <see cref="StartAsync"/> has returned.</summary>
    public PreviewBuild Current => _current ?? throw new InvalidOperationException("the preview has not started");

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Raised after a rebuild caused by a file change, with the time since that change.</summary>
    public event Action<PreviewBuild, TimeSpan>? Rebuilt;

    /// <summary>
    /// Takes the port, then builds: a port another program holds is reported at once, not after a large show's first
    /// build. A request that comes in meanwhile waits for that build.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellation = default)
    {
        _server = await LocalWebServer.StartAsync(_options.Host, _options.Port, HandleAsync, cancellation);
        var first = BuildSafely();
        _current = first;
        _firstBuild.SetResult(first);
        _report(first, null);
        Url = new Uri(_server.Url, first.BasePath);
        _watcher = new SiteWatcher(_watched, _options.Quiet, RebuildAfterChange);
    }

    private void RebuildAfterChange(DateTime changedAt)
    {
        if (!_buildLock.Wait(0))
        {
            // A build is running: it may have read the files before this change, so come back when it is done.
            _ = Task.Run(async () =>
            {
                await _buildLock.WaitAsync();
                _buildLock.Release();
                RebuildAfterChange(changedAt);
            });
            return;
        }
        try
        {
            var build = BuildSafely(_watcher?.TakeBurst() ?? SourceChanges.Anything);
            _current = build;
            if (!build.Changed)
                return;
            _liveReload.Broadcast(build.Version);
            var sinceChange = changedAt == default ? TimeSpan.Zero : DateTime.UtcNow - changedAt;
            _report(build, sinceChange);
            Rebuilt?.Invoke(build, sinceChange);
        }
        finally
        {
            _buildLock.Release();
        }
    }

    /// <summary>
    /// A build, whatever happens in it: the server must outlive any content, so even a failure that is not the
    /// content's (a file vanishing mid-read, a bug) becomes a page of its own and the next save tries again.
    /// </summary>
    private PreviewBuild BuildSafely(SourceChanges? changes = null)
    {
        try
        {
            return _builder.Build(changes);
        }
        catch (Exception e)
        {
            var diagnostic = new Diagnostic("preview", 0, 0, Severity.Error, $"the build stopped: {e.Message} ({e.GetType().Name}); save again to retry");
            return new PreviewBuild((_current?.Version ?? 0) + 1, new Dictionary<string, OutputFile>(), [diagnostic], "/", "feed.xml", TimeSpan.Zero);
        }
    }

    private Task<PreviewBuild> ServedAsync(CancellationToken cancellation) =>
        _current is { } build ? Task.FromResult(build) : _firstBuild.Task.WaitAsync(cancellation);

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }
        var build = await ServedAsync(context.RequestAborted);
        if (build.Failed)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            if (!HttpMethods.IsHead(context.Request.Method))
                await context.Response.Body.WriteAsync(ErrorPage.Render(build.Diagnostics, build.Version));
            return;
        }
        await StaticHost.ServeAsync(context, new BuildFiles(build));
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = _liveReload.Subscribe();
        try
        {
            // The current version first: a page served before a rebuild it missed reloads at once.
            await WriteEventAsync(context, (await ServedAsync(context.RequestAborted)).Version);
            await foreach (var version in channel.Reader.ReadAllAsync(context.RequestAborted))
                await WriteEventAsync(context, version);
        }
        catch (OperationCanceledException) { }
        finally
        {
            _liveReload.Unsubscribe(channel);
        }
    }

    private static async Task WriteEventAsync(HttpContext context, int version)
    {
        await context.Response.WriteAsync($"event: reload\ndata: {version}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
        _buildLock.Dispose();
    }

    public static void OpenBrowser(Uri url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No browser to open on this machine; the URL is printed anyway.
        }
    }
}
