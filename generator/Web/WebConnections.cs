using System.Net;
using System.Net.Sockets;

namespace PodcastSite.Web;

/// <summary>
/// How PodcastSite connects to the network (`import`, `validate --online`, `ping`): never to a link-local address
/// (169.254.0.0/16, fe80::/10) or to AWS's fd00:ec2::254, where cloud machines answer with their own credentials. A
/// feed, an enclosure or a hub address could name one, or redirect there, and make a CI machine fetch it. Loopback
/// and private networks stay open: a show may be served there. Behind a proxy (HTTPS_PROXY) the connection is to the
/// proxy, and what the proxy asks on our behalf is its own rule to set.
/// </summary>
public static class WebConnections
{
    /// <summary>A handler that follows redirects and connects only where <see cref="IsRefused"/> allows, after each redirect too.</summary>
    public static SocketsHttpHandler Handler(int maxRedirections, DecompressionMethods decompression = DecompressionMethods.None) =>
        new()
        {
            AllowAutoRedirect = true,
            AutomaticDecompression = decompression,
            MaxAutomaticRedirections = maxRedirections,
            ConnectCallback = ConnectOutsideLinkLocalAsync,
        };

    public static bool IsRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return address.GetAddressBytes() is [169, 254, ..];
        return address.IsIPv6LinkLocal || address.Equals(AwsMetadataV6);
    }

    /// <summary>Why a request failed, in a sentence: the refusal itself when it was one, not the handler's wrapping of it.</summary>
    public static string Reason(HttpRequestException failure) => (failure.InnerException as RefusedAddressException ?? (Exception)failure).Message.TrimEnd('.');

    private static readonly IPAddress AwsMetadataV6 = IPAddress.Parse("fd00:ec2::254");

    /// <summary>Connects as the handler would, to the host's addresses that are not refused.</summary>
    private static async ValueTask<Stream> ConnectOutsideLinkLocalAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellation);
        var allowed = addresses.Where(a => !IsRefused(a)).ToArray();
        if (allowed.Length == 0)
        {
            var kind = addresses.Any(a => a.Equals(AwsMetadataV6)) ? "a cloud metadata address" : "a link-local address";
            throw new RefusedAddressException($"`{host}` is {kind}, where cloud machines keep their credentials, which PodcastSite never asks");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellation);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class RefusedAddressException(string message) : IOException(message);
}
