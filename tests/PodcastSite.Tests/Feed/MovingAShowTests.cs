using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>Moving a show away: subscribers follow the new feed address, and apps still know the show by its guid.</summary>
public sealed class MovingAShowTests
{
    private static readonly XNamespace Itunes = PodcastFeed.Itunes;
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;

    private static string With(string showKey) =>
        (TestSite.Show + TestSite.Episode).Replace("categories: [Technology]\n", $"categories: [Technology]\n{showKey}\n");

    private static XElement Channel(TestSite site) => XDocument.Parse(site.Text("feed.xml")).Root!.Element("channel")!;

    [Fact]
    public void The_old_sites_last_feed_tells_apps_the_new_feed_address()
    {
        var site = TestSite.Build(With("new_feed_url: https://newhost.example.org/podcast.rss")).ShouldSucceed();

        Channel(site).Element(Itunes + "new-feed-url")!.Value.ShouldBe("https://newhost.example.org/podcast.rss");
    }

    [Fact]
    public void Without_new_feed_url_the_feed_names_no_new_address() =>
        Channel(TestSite.Build(TestSite.Show + TestSite.Episode).ShouldSucceed()).Element(Itunes + "new-feed-url").ShouldBeNull();

    [Fact]
    public void A_pinned_guid_stays_when_the_site_moves_to_another_address()
    {
        var pinned = With("guid: 8c1e5b0a-7f3d-5d2e-9b4a-6c2f1e0d9a8b");

        var before = TestSite.Build(pinned).ShouldSucceed();
        var after = TestSite.Build(pinned.Replace("base_url: https://example.com/", "base_url: https://podcast.example.org/show/")).ShouldSucceed();

        Channel(after).Element(Podcast + "guid")!.Value.ShouldBe(Channel(before).Element(Podcast + "guid")!.Value);
        Channel(after).Element(Podcast + "guid")!.Value.ShouldBe("8c1e5b0a-7f3d-5d2e-9b4a-6c2f1e0d9a8b");
    }

    [Fact]
    public void An_unpinned_guid_would_change_with_the_address_which_is_why_moving_pins_it()
    {
        var before = TestSite.Build(TestSite.Show + TestSite.Episode).ShouldSucceed();
        var after = TestSite
            .Build((TestSite.Show + TestSite.Episode).Replace("base_url: https://example.com/", "base_url: https://podcast.example.org/"))
            .ShouldSucceed();

        Channel(after).Element(Podcast + "guid")!.Value.ShouldNotBe(Channel(before).Element(Podcast + "guid")!.Value);
    }
}
