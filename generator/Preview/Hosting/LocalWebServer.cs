using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PodcastSite.Preview.Hosting;

/// <summary>
/// Kestrel on one address of this machine, for the preview and `serve`: it answers only requests that address
/// it by a name it owns (<see cref="AllowedHosts"/>) and hands the others to one request handler.
/// </summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(1);

    private readonly WebApplication _app;

    private LocalWebServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The root of the server, with a loopback address in place of 0.0.0.0 or [::] so that it can be opened.</summary>
    public Uri Url { get; }

    /// <param name="host">An IP address, or "localhost".</param>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<LocalWebServer> StartAsync(string host, int port, RequestDelegate handle, CancellationToken cancellation = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (host is "localhost")
                kestrel.ListenLocalhost(port);
            else
                kestrel.Listen(IPAddress.Parse(host), port);
        });
        var app = builder.Build();
        var allowed = new AllowedHosts(host);
        app.Run(async context =>
        {
            if (!allowed.Allow(context.Request.Host.Value))
            {
                await PlainTextAnswer.WriteAsync(
                    context,
                    StatusCodes.Status421MisdirectedRequest,
                    "This server answers only to its own addresses, such as localhost or 127.0.0.1, not to other host names."
                );
                return;
            }
            // What this server sends changes with the next build: the browser must ask again every time.
            context.Response.Headers.CacheControl = "no-cache";
            await handle(context);
        });
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await app.DisposeAsync();
            throw new PortTakenException(host, port, e);
        }
        var address = app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "[::1]", StringComparison.Ordinal);
        return new LocalWebServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        // Ctrl+C stops at once: what is still being answered after a moment (a page's live-reload stream, which
        // never ends by itself, or a download) is cut rather than waited for, by default for 30 s.
        using var grace = new CancellationTokenSource(ShutdownGrace);
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }
}

/// <summary>The port another program holds (Kestrel's "address already in use"), told apart from any other failure at start.</summary>
public sealed class PortTakenException(string host, int port, Exception inner) : IOException($"port {port} on {host} is already in use", inner);
