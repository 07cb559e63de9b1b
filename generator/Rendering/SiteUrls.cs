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
