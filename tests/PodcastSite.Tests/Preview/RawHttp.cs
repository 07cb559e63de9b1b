using System.Net.Sockets;
using System.Text;

namespace PodcastSite.Tests.Preview;

/// <summary>
/// HTTP written by hand over a socket, for the requests HttpClient would tidy up before sending: dot segments,
/// odd encodings, another Host, malformed lines. Every call gives up after a few seconds, so no test can hang.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Head, byte[] Body)
    {
        public string Text => Encoding.UTF8.GetString(Body);

        public override string ToString() => $"{Head}\n\n{(Text.Length > 300 ? Text[..300] + "..." : Text)}";
    }

    public static string Get(string target, string host) => $"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n";

    /// <summary>Sends the request as bytes (ISO-8859-1, so `\u00c0` is one byte) and reads the answer until the server closes.</summary>
    public static async Task<Response> SendAsync(Uri server, string request, int timeoutSeconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), timeout.Token);
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A server may reset a connection it refuses after answering; what it sent is kept.
        }
        return Parse(received.ToArray());
    }

    public static Response Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.Latin1.GetString(bytes, 0, end < 0 ? bytes.Length : end);
        var body = end < 0 ? [] : bytes[(end + 4)..];
        var statusLine = head.Split("\r\n")[0].Split(' ');
        var status = statusLine.Length > 1 && int.TryParse(statusLine[1], out var code) ? code : 0;
        return new Response(status, head, body);
    }

    public static string? Header(this Response response, string name) =>
        response
            .Head.Split("\r\n")
            .Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
}
