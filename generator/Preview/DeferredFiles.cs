using PodcastSite.Feed;
using PodcastSite.Model;
using PodcastSite.Rendering;

namespace PodcastSite.Preview;

/// <summary>
/// The files of the preview written when asked for: the feed of a large show takes longer to write than everything
/// else a small edit changes, and so, together, do the search index, the sitemap and the chapters files (half of a
/// 10,000-episode rebuild). What they show is on the pages too, so a change to them still reloads the browser.
/// </summary>
public static class DeferredFiles
{
    /// <summary>The feed (or its pages, with `feed_limit`) and the search index, which show every episode.</summary>
    public static IEnumerable<DeferredFile> OfEpisodes(Site site, Theme theme)
    {
        var feed = new PodcastFeed(site, theme.NotesStrings);
        // Without `feed_limit` the feed is one file, known without putting every episode in feed order first.
        if (site.Show.FeedLimit is null)
            yield return new DeferredFile(site.Show.FeedPath, feed.Write);
        else
            foreach (var page in feed.Pages)
                yield return new DeferredFile(page.Path, () => feed.Write(page));
        yield return new DeferredFile(SearchIndex.Path, () => SearchIndex.Write(site));
    }

    public static DeferredFile? Chapters(Episode episode, Show show)
    {
        if (episode.Chapters.Count == 0)
            return null;
        var path = SiteUrls.EpisodePath(episode) + "chapters.json";
        return new DeferredFile(path, () => SiteBuilder.ChaptersFile(episode, show).Content);
    }

    public static DeferredFile Sitemap(Show show, IReadOnlyList<string> pagePaths) =>
        new(Rendering.Sitemap.Path, () => Rendering.Sitemap.Write(show, pagePaths));
}
