using PodcastSite.Diagnostics;
using PodcastSite.Model;

namespace PodcastSite.Content;

/// <summary>The <c>subscribe:</c> mapping of podcast.yml: an app name to the show's page in that app.</summary>
public static class SubscribeParser
{
    /// <summary>The apps the theme has a button and an icon for, in the order the buttons appear.</summary>
    public static readonly string[] Apps =
    [
        "apple",
        "spotify",
        "youtube",
        "amazon",
        "overcast",
        "pocketcasts",
        "antennapod",
        "castbox",
        "podcastaddict",
        "fountain",
        "podverse",
        "castro",
        "deezer",
        "iheart",
        "pandora",
        "goodpods",
        "truefans",
    ];

    public static IReadOnlyList<SubscribeLink> Parse(YamlMap show)
    {
        var map = show.Map("subscribe");
        if (map is null)
            return [];
        // An app the theme does not know would have no button: an error, so a typo (`spotfy`) is not published silently.
        map.CheckUnknownKeys(Apps, Severity.Error, "`subscribe`");
        var links = new List<SubscribeLink>();
        foreach (var app in Apps.Where(map.Has))
        {
            // Url() accepts only absolute http(s) addresses and reports anything else at its place.
            if (map.Url(app) is { } url)
                links.Add(new SubscribeLink(app, url));
        }
        return links;
    }
}
