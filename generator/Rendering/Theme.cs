using PodcastSite.Content;
using PodcastSite.Notes;
using Scriban;

namespace PodcastSite.Rendering;

/// <summary>
/// A parsed theme: every layout parsed once, its strings, and the static files it ships. <see cref="Sources"/>
/// keeps each layout's text (and strings.yml's), so a re-parse can keep the objects of what did not change.
/// </summary>
public sealed record Theme(
    IReadOnlyDictionary<string, Template> Layouts,
    NotesStrings NotesStrings,
    IReadOnlyDictionary<string, object?> Strings,
    IReadOnlyList<SourceFile> StaticFiles,
    IReadOnlyDictionary<string, string> Sources
)
{
    /// <summary>The layouts a page of <paramref name="layout"/> renders with: itself, base.html and every partial it may include.</summary>
    public IEnumerable<object> TemplatesOf(string layout) =>
        Layouts
            .Where(l => l.Key == layout || l.Key == "base.html" || l.Key.StartsWith("_partials/", StringComparison.Ordinal))
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => (object)l.Value);

    public static readonly string[] RequiredLayouts =
    [
        "base.html",
        "home.html",
        "episode.html",
        "guest.html",
        "guests.html",
        "page.html",
        "404.html",
        "transcript.html",
        "subscribe.html",
    ];
}
