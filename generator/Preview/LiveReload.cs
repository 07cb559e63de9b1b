using System.Text;
using System.Threading.Channels;

namespace PodcastSite.Preview;

/// <summary>
/// Tells every open page that the site changed, over Server-Sent Events. The script that listens is added to
/// HTML responses while serving, never written into the build.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__podcastsite/events";

    private readonly object _gate = new();
    private readonly List<Channel<int>> _clients = [];

    public Channel<int> Subscribe()
    {
        var channel = Channel.CreateUnbounded<int>();
        lock (_gate)
            _clients.Add(channel);
        return channel;
    }

    public void Unsubscribe(Channel<int> channel)
    {
        lock (_gate)
            _clients.Remove(channel);
    }

    public void Broadcast(int version)
    {
        lock (_gate)
        {
            foreach (var client in _clients)
                client.Writer.TryWrite(version);
        }
    }

    /// <summary>The page reloads when told of a build other than the one it was served from, including one it missed while away.</summary>
    public static string Script(int version) =>
        $$"""
            <script data-podcastsite-live-reload>
            (function () {
              var served = "{{version}}";
              var events = new EventSource("{{EventsPath}}");
              events.addEventListener("reload", function (e) { if (e.data !== served) location.reload(); });
            })();
            </script>
            """;

    public static byte[] Inject(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var script = Script(version);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at < 0 ? text + script : text.Insert(at, script);
        return Encoding.UTF8.GetBytes(text);
    }
}
