using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PodcastSite.Diagnostics;
using PodcastSite.Rendering;

namespace PodcastSite.Preview;

public sealed record PreviewOptions(string Host, int Port, TimeSpan Quiet);

/// <summary>
/// `preview`: the site built in memory (drafts and scheduled episodes included), served by Kestrel like a static
/// host would (content types, index.html, 404.html, HEAD, byte ranges), rebuilt on every change and reloaded in
/// every open browser. Nothing is written to disk.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly IncrementalBuilder _builder;
    private readonly PreviewOptions _options;
    private readonly LiveReload _liveReload = new();
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly Action<PreviewBuild, TimeSpan?> _report;
    private readonly IReadOnlyList<string> _watched;
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private volatile PreviewBuild _current;

    public PreviewServer(IncrementalBuilder builder, IReadOnlyList<string> watched, PreviewOptions options, Action<PreviewBuild, TimeSpan?> report)
    {
        _builder = builder;
        _options = options;
        _report = report;
        _watched = watched;
        _current = BuildSafely();
        report(_current, null);
    }

    public PreviewBuild Current => _current;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Raised after a rebuild caused by a file change, with the time since that change.</summary>
    public event Action<PreviewBuild, TimeSpan>? Rebuilt;

    public async Task StartAsync(CancellationToken cancellation = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (_options.Host is "localhost") kestrel.ListenLocalhost(_options.Port);
            else kestrel.Listen(IPAddress.Parse(_options.Host), _options.Port);
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellation);
        var address = _app.Urls.First();
        Url = new Uri(new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)), _current.BasePath);
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
            _watcher?.ResetBurst();
            var build = BuildSafely();
            _current = build;
            if (!build.Changed) return;
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
    private PreviewBuild BuildSafely()
    {
        try
        {
            return _builder.Build();
        }
        catch (Exception e)
        {
            var diagnostic = new Diagnostic("preview", 0, 0, Severity.Error, $"the build stopped: {e.Message} ({e.GetType().Name}); save again to retry");
            return new PreviewBuild((_current?.Version ?? 0) + 1, new Dictionary<string, OutputFile>(), [diagnostic], "/", "feed.xml", TimeSpan.Zero);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        context.Response.Headers.CacheControl = "no-cache";
        var build = _current;
        if (build.Failed)
        {
            await WriteAsync(context, ErrorPage.Render(build.Diagnostics, build.Version), "text/html; charset=utf-8", StatusCodes.Status500InternalServerError);
            return;
        }
        if (path == "/" && build.BasePath != "/")
        {
            context.Response.Redirect(build.BasePath);
            return;
        }
        var relative = ToSitePath(path, build.BasePath);
        if (relative is null)
        {
            await NotFoundAsync(context, build);
            return;
        }
        if (!build.Files.TryGetValue(relative, out var file))
        {
            if (!relative.EndsWith("index.html", StringComparison.Ordinal) && build.Files.ContainsKey(relative + "/index.html"))
            {
                context.Response.Redirect(path + "/" + request.QueryString);
                return;
            }
            await NotFoundAsync(context, build);
            return;
        }
        await ServeAsync(context, build, file, StatusCodes.Status200OK);
    }

    /// <summary>The request path as a path of the site, or null when it is outside the base path or tries to climb out.</summary>
    private static string? ToSitePath(string path, string basePath)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath) return null;
        var relative = path.Length <= basePath.Length ? "" : path[basePath.Length..];
        if (relative.Contains('\\') || relative.Split('/').Any(segment => segment is ".." or ".")) return null;
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    private async Task NotFoundAsync(HttpContext context, PreviewBuild build)
    {
        if (build.Files.TryGetValue("404.html", out var notFound))
            await ServeAsync(context, build, notFound, StatusCodes.Status404NotFound);
        else
            context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static async Task ServeAsync(HttpContext context, PreviewBuild build, OutputFile file, int status)
    {
        var contentType = ContentTypes.For(file.Path, build.FeedPath);
        if (file is CopiedFile copied)
        {
            Stream stream;
            try
            {
                stream = copied.Source.Open();
            }
            catch (IOException)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.StatusCode = status;
            await Results.Stream(stream, contentType, enableRangeProcessing: true).ExecuteAsync(context);
            return;
        }
        var bytes = file switch
        {
            GeneratedFile generated => generated.Content,
            DeferredFile deferred => await deferred.ContentAsync(),
            _ => [],
        };
        if (contentType.StartsWith("text/html", StringComparison.Ordinal)) bytes = LiveReload.Inject(bytes, build.Version);
        await WriteAsync(context, bytes, contentType, status);
    }

    private static async Task WriteAsync(HttpContext context, byte[] bytes, string contentType, int status)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status200OK)
        {
            await Results.Bytes(bytes, contentType, enableRangeProcessing: true).ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = _liveReload.Subscribe();
        try
        {
            // The current version first: a page served before a rebuild it missed reloads at once.
            await WriteEventAsync(context, _current.Version);
            await foreach (var version in channel.Reader.ReadAllAsync(context.RequestAborted))
                await WriteEventAsync(context, version);
        }
        catch (OperationCanceledException)
        {
        }
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
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
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
