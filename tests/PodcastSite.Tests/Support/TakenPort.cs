using System.Net;
using System.Net.Sockets;

namespace PodcastSite.Tests.Support;

/// <summary>A port on 127.0.0.1 held as another program would hold it, until disposed: what `preview` and `serve` must report.</summary>
public sealed class TakenPort : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public TakenPort()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public void Dispose() => _listener.Stop();
}
