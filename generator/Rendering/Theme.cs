using PodcastSite.Content;
using PodcastSite.Notes;
using Scriban;

namespace PodcastSite.Rendering;

/// <summary>A parsed theme: every layout parsed once, its strings, and the static files it ships.</summary>
public sealed record Theme(
    IReadOnlyDictionary<string, Template> Layouts,
    NotesStrings NotesStrings,
    IReadOnlyDictionary<string, object?> Strings,
    IReadOnlyList<SourceFile> StaticFiles)
{
    public static readonly string[] RequiredLayouts = ["base.html", "home.html", "episode.html", "guest.html", "guests.html", "page.html", "404.html"];
}
