using PodcastSite.Diagnostics;
using PodcastSite.Model;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Parse: podcast.yml's `podroll:`, the shows the podcaster recommends.</summary>
public static class PodrollParser
{
    public static readonly string[] Keys = ["feed_guid", "feed_url", "title", "url", "image"];

    public static IReadOnlyList<RecommendedShow> Parse(YamlMap show, SourceFolder input)
    {
        var shows = show.List("podroll").Select(node => Recommended(node, show.Context, input)).OfType<RecommendedShow>().ToList();
        foreach (var twice in shows.GroupBy(s => s.FeedGuid).Where(g => g.Count() > 1))
            show.Context.Diagnostics.Warning(show.Context.At(show.Node("podroll")!), $"`podroll` names the show `{twice.Key}` {twice.Count()} times");
        return shows;
    }

    private static RecommendedShow? Recommended(YamlNode node, YamlContext context, SourceFolder input)
    {
        var map = context.Mapping(node, "a podroll entry");
        if (map is null)
            return null;
        map.CheckUnknownKeys(Keys, Severity.Error, "`podroll`");
        var text = map.String("feed_guid", required: true);
        Guid? guid = null;
        if (text is not null)
        {
            if (Guid.TryParseExact(text, "D", out var parsed))
                guid = parsed;
            else
                context.Diagnostics.Error(
                    context.At(map.Node("feed_guid")!),
                    $"`feed_guid` must be the show's podcast:guid, a UUID like `917393e3-1b1e-5cef-ace4-edaa54e1f810` (Podcast Index lists it), not `{text}`"
                );
        }
        var feedUrl = map.Url("feed_url");
        var title = map.String("title");
        if (title is not null && title.Length > 128)
        {
            context.Diagnostics.Error(context.At(map.Node("title")!), $"`title` is {title.Length} characters; the podcast namespace allows at most 128");
            title = null;
        }
        var url = map.Url("url");
        var image = InputPaths.PathOrUrl(map, "image", input);
        return guid is null ? null : new RecommendedShow(guid.Value, feedUrl, title, url, image);
    }
}
