using System.Buffers;
using PodcastSite.Model;

namespace PodcastSite.Rendering;

/// <summary>
/// Every URL of the site, from one place, so that a base URL with a path (a GitHub Pages project site,
/// <c>https://user.github.io/show/</c>) is honoured by every link, asset and feed URL.
/// </summary>
public sealed class SiteUrls(Show show)
{
    public string BasePath { get; } = show.BasePath;

    /// <summary>
    /// A site path such as <c>episodes/x/</c> as a link from any page: <c>/show/episodes/x/</c>. A web address (art an
    /// imported show left at its old host) is its own link.
    /// </summary>
    public string Relative(string path) => Content.InputPaths.IsWebAddress(path) ? path : BasePath + Escape(path.TrimStart('/'));

    public Uri Absolute(string path) => Content.InputPaths.IsWebAddress(path) ? new Uri(path) : new(show.BaseUrl, Escape(path.TrimStart('/')));

    /// <summary>
    /// <see cref="Absolute"/> as text. A page and its feed item ask for a dozen, and resolving each as a Uri took 1.5% of
    /// a large show's build: a path that needs no escaping and has no <c>.</c> or <c>..</c> to resolve is the base and the
    /// path put together, which is what the Uri would give.
    /// </summary>
    public string AbsoluteUri(string path)
    {
        var trimmed = path.TrimStart('/');
        if (_plainBase is { } root && !trimmed.AsSpan().ContainsAnyExcept(PlainPathCharacters) && !HasDotSegment(trimmed))
            return root + trimmed;
        return Absolute(path).AbsoluteUri;
    }

    private readonly string? _plainBase = show.BaseUrl is { Query: "", Fragment: "", AbsoluteUri: var root } && root.EndsWith('/') ? root : null;

    private static bool HasDotSegment(string path)
    {
        foreach (var segment in path.AsSpan().Split('/'))
            if (path.AsSpan()[segment] is "." or "..")
                return true;
        return false;
    }

    public static string EpisodePath(Episode episode) => $"episodes/{episode.Slug}/";

    public static string GuestPath(Person person) => $"guests/{person.Slug}/";

    public static string HomePath(int page) => page == 1 ? "" : $"page/{page}/";

    // Paths are file paths as written (a file under input/ keeps its path on the site): non-ASCII and reserved
    // characters are percent-encoded, '/' separates segments.
    // Most paths (slugs, the theme's files) need none, and are asked for on every page.
    private static string Escape(string path) =>
        path.AsSpan().ContainsAnyExcept(PlainPathCharacters) ? string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) : path;

    private static readonly SearchValues<char> PlainPathCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");
}
