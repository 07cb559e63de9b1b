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
    private readonly Dictionary<string, Func<HttpListenerResponse, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);

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

    /// <summary>Every request's method, path, content type and body, in the order they came.</summary>
    public List<(string Method, string Path, string? ContentType, string Body)> Received { get; } = [];

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

    public LocalWebServer On(string path, Func<HttpListenerResponse, CancellationToken, Task> answer)
    {
        _routes["/" + path.TrimStart('/')] = answer;
        return this;
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
                        Received.Add((context.Request.HttpMethod, path, context.Request.ContentType, body));
                    if (_routes.TryGetValue(path, out var answer))
                        await answer(context.Response, _stopping.Token);
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
