using System.Net;
using System.Text;

namespace PodcastSite.Tests.Support;

/// <summary>
/// A web server on a free port of 127.0.0.1 answering from a table of paths, for what `import` downloads; tests never
/// reach beyond this machine.
/// </summary>
public sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<string, Func<HttpListenerContext, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);

    public LocalWebServer()
    {
        var port = DiskSite.FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.AbsoluteUri);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public Uri Address { get; }

    public Uri Url(string path) => new(Address, path);

    /// <summary>Every request's method, path, content type, body, query and the headers a ping sends, in the order they came.</summary>
    public List<(string Method, string Path, string? ContentType, string Body, string Query, string? Authorization, string? UserAgent)> Received { get; } = [];

    /// <summary>How many requests each path had.</summary>
    public Dictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public LocalWebServer Serve(string path, byte[] body, string contentType) =>
        On(
            path,
            async (response, stop) =>
            {
                response.ContentType = contentType;
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body, stop);
            }
        );

    public LocalWebServer Serve(string path, string body, string contentType = "application/rss+xml; charset=utf-8") =>
        Serve(path, Encoding.UTF8.GetBytes(body), contentType);

    public LocalWebServer Redirect(string path, string to) =>
        On(
            path,
            (response, _) =>
            {
                response.StatusCode = 301;
                response.RedirectLocation = new Uri(Address, to).AbsoluteUri;
                return Task.CompletedTask;
            }
        );

    public LocalWebServer On(string path, Func<HttpListenerResponse, CancellationToken, Task> answer) =>
        OnRequest(path, (context, stop) => answer(context.Response, stop));

    /// <summary>Like <see cref="On"/>, for an answer that reads the request's headers.</summary>
    public LocalWebServer OnRequest(string path, Func<HttpListenerContext, CancellationToken, Task> answer)
    {
        _routes["/" + path.TrimStart('/')] = answer;
        return this;
    }

    /// <summary>
    /// Serves a file as static hosts do: with Last-Modified, and 304 Not Modified to a client that already has it. Some
    /// clients (gPodder) keep what a later full answer no longer lists, only when told nothing changed.
    /// </summary>
    public LocalWebServer ServeStatic(string path, string body, DateTimeOffset lastModified)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var stamp = lastModified.UtcDateTime.ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        return OnRequest(
            path,
            async (context, stop) =>
            {
                context.Response.Headers["Last-Modified"] = stamp;
                if (context.Request.Headers["If-Modified-Since"] == stamp)
                {
                    context.Response.StatusCode = 304;
                    return;
                }
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes, stop);
            }
        );
    }

    private async Task Serve()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                var path = context.Request.Url!.AbsolutePath;
                lock (Requests)
                    Requests[path] = Requests.GetValueOrDefault(path) + 1;
                try
                {
                    var body = await new StreamReader(context.Request.InputStream, Encoding.UTF8).ReadToEndAsync(_stopping.Token);
                    lock (Received)
                        Received.Add(
                            (
                                context.Request.HttpMethod,
                                path,
                                context.Request.ContentType,
                                body,
                                context.Request.Url.Query,
                                context.Request.Headers["Authorization"],
                                context.Request.UserAgent
                            )
                        );
                    if (_routes.TryGetValue(path, out var answer))
                        await answer(context, _stopping.Token);
                    else
                        context.Response.StatusCode = 404;
                    context.Response.Close();
                }
                catch (Exception)
                {
                    // The client gave up (a timeout test) or the server is stopping.
                    context.Response.Abort();
                }
            });
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
    }
}
