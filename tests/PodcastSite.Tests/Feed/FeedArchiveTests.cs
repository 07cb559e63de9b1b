using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>`feed_limit`: the newest items in the feed, the rest on archive pages linked as RFC 5005 says.</summary>
public sealed class FeedArchiveTests
{
    private static readonly XNamespace Atom = PodcastFeed.Atom;
    private static readonly XNamespace History = PodcastFeed.FeedHistory;

    [Fact]
    public void Following_next_from_the_feed_reaches_every_item_exactly_once()
    {
        var site = Build(episodes: 7, limit: 3);

        var seen = new List<string>();
        var visited = new List<string>();
        for (var path = "feed.xml"; path is not null; path = LinkPath(site, Feed(site, path), "next"))
        {
            visited.ShouldNotContain(path, $"the pages loop back to `{path}`");
            visited.Add(path);
            seen.AddRange(Feed(site, path).Descendants("item").Select(i => i.Element("guid")!.Value));
        }

        visited.ShouldBe(["feed.xml", "feed/archive/2.xml", "feed/archive/1.xml"]);
        seen.ShouldBe(Enumerable.Range(1, 7).Reverse().Select(n => $"guid-{n}").ToList(), "every item once, newest first across the pages");
    }

    [Fact]
    public void The_feed_holds_the_newest_items_and_the_oldest_archive_page_is_full()
    {
        var site = Build(episodes: 7, limit: 3);

        Guids(Feed(site, "feed.xml")).ShouldBe(["guid-7", "guid-6", "guid-5"]);
        Guids(Feed(site, "feed/archive/2.xml")).ShouldBe(["guid-4"]);
        Guids(Feed(site, "feed/archive/1.xml")).ShouldBe(["guid-3", "guid-2", "guid-1"], "archives fill from the oldest so old pages never change");
    }

    [Fact]
    public void Every_page_links_resolve_to_pages_of_the_site_and_agree_with_each_other()
    {
        var site = Build(episodes: 7, limit: 3);

        var current = Feed(site, "feed.xml");
        LinkPath(site, current, "self").ShouldBe("feed.xml");
        LinkPath(site, current, "first").ShouldBe("feed.xml");
        LinkPath(site, current, "last").ShouldBe("feed/archive/1.xml");
        LinkPath(site, current, "prev-archive").ShouldBe("feed/archive/2.xml");
        LinkPath(site, current, "previous").ShouldBeNull("nothing is newer than the feed");
        current.Root!.Element("channel")!.Element(History + "archive").ShouldBeNull("the feed itself is not an archive page");

        var newest = Feed(site, "feed/archive/2.xml");
        LinkPath(site, newest, "self").ShouldBe("feed/archive/2.xml");
        LinkPath(site, newest, "current").ShouldBe("feed.xml");
        LinkPath(site, newest, "previous").ShouldBe("feed.xml");
        LinkPath(site, newest, "next").ShouldBe("feed/archive/1.xml");
        LinkPath(site, newest, "prev-archive").ShouldBe("feed/archive/1.xml");
        LinkPath(site, newest, "next-archive").ShouldBeNull();
        newest.Root!.Element("channel")!.Element(History + "archive").ShouldNotBeNull("an archive page says it is one (RFC 5005 §4)");

        var oldest = Feed(site, "feed/archive/1.xml");
        LinkPath(site, oldest, "previous").ShouldBe("feed/archive/2.xml");
        LinkPath(site, oldest, "next-archive").ShouldBe("feed/archive/2.xml");
        LinkPath(site, oldest, "next").ShouldBeNull("nothing is older than the oldest page");
        LinkPath(site, oldest, "prev-archive").ShouldBeNull();
    }

    [Fact]
    public void A_new_episode_leaves_the_full_archive_pages_as_they_were()
    {
        var before = Build(episodes: 7, limit: 3);
        var after = Build(episodes: 8, limit: 3);

        after.Text("feed/archive/1.xml").ShouldBe(before.Text("feed/archive/1.xml"), "a full archive page must keep its bytes, as caches may keep it for good");
        Guids(Feed(after, "feed/archive/2.xml")).ShouldBe(["guid-5", "guid-4"]);
    }

    [Fact]
    public void Without_feed_limit_or_under_it_there_is_one_feed_without_paging_links()
    {
        foreach (var site in new[] { Build(episodes: 4, limit: null), Build(episodes: 3, limit: 3) })
        {
            site.Result.Files.Where(f => f.Path.Contains("archive", StringComparison.Ordinal)).ShouldBeEmpty();
            var feed = Feed(site, "feed.xml");
            Guids(feed).Count.ShouldBe(feed.Descendants("item").Count());
            feed.Descendants(Atom + "link").Select(l => l.Attribute("rel")!.Value).ShouldBe(["self"]);
        }
    }

    [Fact]
    public void The_archive_pages_are_served_as_feeds_and_built_the_same_every_time()
    {
        var site = Build(episodes: 7, limit: 3);

        site.Text("_headers").ShouldContain("/feed/archive/*\n  Content-Type: application/rss+xml; charset=utf-8\n");
        Build(episodes: 7, limit: 3).Text("feed/archive/2.xml").ShouldBe(site.Text("feed/archive/2.xml"));
    }

    [Fact]
    public void A_feed_limit_that_is_not_a_positive_number_is_an_error_at_its_line()
    {
        var site = TestSite.Build(TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\nfeed_limit: 0") + "\n" + TestSite.Episode);

        var error = site.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("`feed_limit` must be a positive whole number, not `0`");
        error.Line.ShouldBe(8);
    }

    [Fact]
    public void A_paged_show_matches_its_golden_files()
    {
        var site = TestSite.Build(GoldenFixture).ShouldSucceed();

        foreach (var (path, golden) in new[] { ("feed.xml", "paged-feed.xml"), ("feed/archive/1.xml", "paged-feed-archive-1.xml") })
        {
            var file = Repo.PathOf($"tests/PodcastSite.Tests/Golden/{golden}");
            var actual = site.Text(path);
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
                File.WriteAllText(file, actual);
            actual.ShouldBe(File.ReadAllText(file), $"`{path}` changed; if that is intended, run the tests with UPDATE_GOLDEN=1 and review the diff");
            PodcastNamespaceRules.Problems(XDocument.Parse(actual)).ShouldBeEmpty();
        }
    }

    /// <summary>A show with every channel tag of issue 13 that the sample show leaves out, split over two pages.</summary>
    private static string GoldenFixture =>
        TestSite.Show.Replace(
            "categories: [Technology]",
            """
            categories: [Technology]
            feed_limit: 2
            analytics_prefix: https://op3.dev/e/
            publisher: { name: Test Media, feed_guid: ec990fc5-75aa-5e52-8c54-1d4294d9191a, feed_url: "https://media.example.com/publisher.xml" }
            images:
              - { href: "https://cdn.example.com/banner.jpg", purpose: banner, width: 1920, height: 1080 }
            """
        )
        + Episodes(3)
        + """

            -- input/episodes/2026-02-01-trailer.md --
            ---
            title: Season two is coming
            date: 2026-02-01T08:00:00Z
            type: trailer
            season: 2
            guid: trailer-2
            audio: { url: "https://media.example.com/trailer-2.mp3", length: 999 }
            value:
              type: lightning
              method: lnaddress
              recipients:
                - { name: Test Host, address: host@getalby.com, split: 95 }
                - { name: App fee, address: fees@getalby.com, split: 5, fee: true }
            ---
            Season two.
            """;

    private static TestSite Build(int episodes, int? limit) =>
        TestSite
            .Build(
                TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]" + (limit is null ? "" : $"\nfeed_limit: {limit}"))
                    + Episodes(episodes)
            )
            .ShouldSucceed();

    private static string Episodes(int count) =>
        string.Concat(
            Enumerable
                .Range(1, count)
                .Select(n =>
                    $$"""

                        -- input/episodes/2026-01-{{n:00}}-episode-{{n}}.md --
                        ---
                        title: Episode {{n}}
                        date: 2026-01-{{n:00}}T10:00:00Z
                        guid: guid-{{n}}
                        audio: { url: "https://media.example.com/{{n}}.mp3", length: {{1000 + n}}, duration: "10:00" }
                        ---
                        Notes of episode {{n}}.
                        """
                )
        );

    private static XDocument Feed(TestSite site, string path) => XDocument.Parse(site.Text(path));

    private static List<string> Guids(XDocument feed) => feed.Descendants("item").Select(i => i.Element("guid")!.Value).ToList();

    /// <summary>The site path a link of <paramref name="rel"/> points at, checked to be a file of the build; null without one.</summary>
    private static string? LinkPath(TestSite site, XDocument feed, string rel)
    {
        var links = feed.Root!.Element("channel")!.Elements(Atom + "link").Where(l => l.Attribute("rel")!.Value == rel).ToList();
        links.Count.ShouldBeLessThanOrEqualTo(1, $"more than one link rel=\"{rel}\"");
        if (links.Count == 0)
            return null;
        var href = links[0].Attribute("href")!.Value;
        href.ShouldStartWith("https://example.com/", customMessage: $"rel=\"{rel}\" points outside the site");
        var path = href["https://example.com/".Length..];
        site.Result.Files.Select(f => f.Path).ShouldContain(path, $"rel=\"{rel}\" points at `{path}`, which the build did not write");
        return path;
    }
}
