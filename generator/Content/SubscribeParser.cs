using PodcastSite.Diagnostics;
using PodcastSite.Model;

namespace PodcastSite.Content;

/// <summary>The <c>subscribe:</c> mapping of podcast.yml: an app name to the show's page in that app.</summary>
public static class SubscribeParser
{
    /// <summary>The apps the theme has a button and an icon for, in the order the buttons appear.</summary>
    public static readonly string[] Apps =
    [
        "apple", "spotify", "youtube", "amazon", "overcast", "pocketcasts", "antennapod", "castbox", "podcastaddict",
        "fountain", "podverse", "castro", "deezer", "iheart", "pandora", "goodpods", "truefans",
    ];

    public static IReadOnlyList<SubscribeLink> Parse(YamlMap show)
    {
        var map = show.Map("subscribe");
        if (map is null) return [];
        // An app the theme does not know would have no button: an error, so a typo (`spotfy`) is not published silently.
        map.CheckUnknownKeys(Apps, Severity.Error, "`subscribe`");
        var links = new List<SubscribeLink>();
        foreach (var app in Apps.Where(map.Has))
        {
            var url = map.Url(app);
            if (url is null) continue;
            if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            {
                map.Context.Diagnostics.Error(map.Context.At(map.Node(app)!), $"`subscribe.{app}` must be an http or https address of the show in that app, not `{url}`");
                continue;
            }
            links.Add(new SubscribeLink(app, url));
        }
        return links;
    }
}
