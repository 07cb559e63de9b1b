using PodcastSite.Model;

namespace PodcastSite.Feed;

/// <summary>
/// One file of the feed: the current feed (<see cref="Number"/> 0, at the show's feed path), or archive page
/// <see cref="Number"/> of <see cref="ArchiveCount"/>, numbered from the oldest.
/// </summary>
public sealed record FeedPage(string Path, int Number, int ArchiveCount, IReadOnlyList<Episode> Episodes)
{
    public bool IsArchive => Number > 0;
}

/// <summary>
/// How `feed_limit` splits the feed: the newest N items stay in the feed, the rest go to archive pages of N items,
/// filled from the oldest. A new episode then changes only the feed and the newest archive page; the older pages
/// keep their bytes, as RFC 5005 asks of archives (clients and caches may keep them for good).
/// </summary>
public static class FeedPages
{
    public static IReadOnlyList<FeedPage> Of(Show show, IReadOnlyList<Episode> inFeedOrder)
    {
        if (show.FeedLimit is not { } limit || inFeedOrder.Count <= limit)
            return [new FeedPage(show.FeedPath, 0, 0, inFeedOrder)];
        // Newest by date whatever the show's order, so a serial show's archive holds its old episodes too.
        var byDate = inFeedOrder.OrderByDescending(e => e.Date).ThenBy(e => e.Guid, StringComparer.Ordinal).ToList();
        var current = new HashSet<Episode>(byDate.Take(limit), ReferenceEqualityComparer.Instance);
        var archived = byDate.Skip(limit).Reverse().Chunk(limit).Select(chunk => new HashSet<Episode>(chunk, ReferenceEqualityComparer.Instance)).ToList();
        var pages = new List<FeedPage> { new(show.FeedPath, 0, archived.Count, InFeedOrder(current)) };
        for (var i = 0; i < archived.Count; i++)
            pages.Add(new FeedPage(ArchivePath(show, i + 1), i + 1, archived.Count, InFeedOrder(archived[i])));
        return pages;

        List<Episode> InFeedOrder(HashSet<Episode> members) => inFeedOrder.Where(members.Contains).ToList();
    }

    /// <summary><c>feed.xml</c>'s archive page 3 is <c>feed/archive/3.xml</c>.</summary>
    public static string ArchivePath(Show show, int number) =>
        ArchiveFolder(show) + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + System.IO.Path.GetExtension(show.FeedPath);

    public static string ArchiveFolder(Show show) => show.FeedPath[..^System.IO.Path.GetExtension(show.FeedPath).Length] + "/archive/";
}
