using System.Net;

namespace PodcastSite.Preview.Hosting;

/// <summary>
/// The names a request may address this server by, against DNS rebinding: a web page on `evil.example` that
/// points its name at 127.0.0.1 can make the browser fetch from this server, drafts included, but the browser
/// still sends `Host: evil.example`, and that is refused. The name is what gives rebinding away, so the port is
/// not checked: an SSH tunnel or a container's port mapping reaches the server under another port.
/// </summary>
public sealed class AllowedHosts
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _anyAddress;

    /// <param name="listening">The address the server listens on; "localhost" for the loopback addresses.</param>
    public AllowedHosts(string listening)
    {
        var address = listening == "localhost" ? IPAddress.Loopback : IPAddress.Parse(listening);
        _names.UnionWith(["localhost", address.ToString()]);
        if (IPAddress.IsLoopback(address))
        {
            _names.UnionWith(["127.0.0.1", "::1"]);
        }
        else if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            // Shared with the network, the server is reached by any of the machine's addresses, which may change
            // (DHCP, VPN), so every address literal is accepted: a literal cannot be rebound, it names no domain.
            // Of the names, only the machine's own (and its mDNS form) are.
            _anyAddress = true;
            var machine = Dns.GetHostName();
            _names.UnionWith([machine, machine + ".local"]);
        }
    }

    /// <summary>Whether a Host header (`name`, `name:port`, `[v6]:port`) names this server.</summary>
    public bool Allow(string? host)
    {
        if (string.IsNullOrEmpty(host))
            return false;
        var name = NameOf(host);
        if (name is null)
            return false;
        if (_names.Contains(name) || _names.Contains(name.TrimEnd('.')))
            return true;
        // Browsers send an address as written canonically; `2130706433` or `0x7f.1` come from elsewhere.
        return _anyAddress && IPAddress.TryParse(name, out var address) && address.ToString().Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The host part of a Host header, brackets removed from an IPv6 literal; null when it is not one.</summary>
    private static string? NameOf(string host)
    {
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            return close < 0 ? null : host[1..close];
        }
        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }
}
