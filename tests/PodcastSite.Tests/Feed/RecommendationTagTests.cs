using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>What the channel says about other feeds and other art: podroll, publisher, trailers, podcast:image.</summary>
public sealed class RecommendationTagTests
{
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;

    private const string Podroll = """
        podroll:
          - { feed_guid: 0356c115-1308-57dc-9598-d60d8c3e0656, feed_url: "https://compiletime.example.org/feed.xml", title: Compile Time, url: "https://compiletime.example.org/", image: assets/cover.jpg }
          - { feed_guid: 07ad98a3-6cd4-535d-9c0f-5ffa1e19982d, feed_url: "https://latency.example.net/rss" }
          - feed_guid: 917393e3-1b1e-5cef-ace4-edaa54e1f810
        """;

    [Fact]
    public void The_podroll_becomes_remote_items_in_order_with_what_was_given()
    {
        var podroll = Channel(Podroll).Element(Podcast + "podroll").ShouldNotBeNull("the channel has no podcast:podroll");

        var items = podroll.Elements(Podcast + "remoteItem").ToList();
        items
            .Select(i => i.Attribute("feedGuid")!.Value)
            .ShouldBe(["0356c115-1308-57dc-9598-d60d8c3e0656", "07ad98a3-6cd4-535d-9c0f-5ffa1e19982d", "917393e3-1b1e-5cef-ace4-edaa54e1f810"]);
        items[0].Attribute("feedUrl")!.Value.ShouldBe("https://compiletime.example.org/feed.xml");
        items[0].Attribute("title")!.Value.ShouldBe("Compile Time");
        items[1].Attribute("title").ShouldBeNull();
        items[2].Attribute("feedUrl").ShouldBeNull();
    }

    [Fact]
    public void The_home_page_recommends_the_podroll_shows_it_can_link_with_art_only_where_given()
    {
        var site = Build(Podroll).ShouldSucceed();

        var section = site.Html("index.html").QuerySelector("section.podroll").ShouldNotBeNull("the home page has no podroll section");
        section.QuerySelector("h2")!.TextContent.ShouldBe("Shows we recommend");
        var links = section.QuerySelectorAll("li > a:first-child").ToList();
        links
            .Select(a => a.GetAttribute("href"))
            .ShouldBe(["https://compiletime.example.org/", "https://latency.example.net/rss"], "a show without an address cannot be linked");
        links.Select(a => a.TextContent).ShouldBe(["Compile Time", "latency.example.net"]);
        links[0].QuerySelector("img")!.GetAttribute("src").ShouldBe("/assets/cover.jpg");
        links[1].QuerySelector("img").ShouldBeNull("no art was given for the second show");
    }

    [Fact]
    public void Without_a_podroll_neither_the_feed_nor_the_home_page_mention_one()
    {
        var site = Build("").ShouldSucceed();

        site.Text("feed.xml").ShouldNotContain("podroll");
        site.Html("index.html").QuerySelector("section.podroll").ShouldBeNull();
    }

    [Theory]
    [InlineData("podroll:\n  - { feed_url: \"https://a.example/feed\" }", "missing required key `feed_guid`")]
    [InlineData("podroll:\n  - { feed_guid: nope }", "`feed_guid` must be the show's podcast:guid, a UUID")]
    [InlineData(
        "podroll:\n  - { feed_guid: 917393e3-1b1e-5cef-ace4-edaa54e1f810, feed_url: \"ftp://a.example/feed\" }",
        "`feed_url` must be an absolute http(s) URL"
    )]
    [InlineData("podroll:\n  - { feed_guid: 917393e3-1b1e-5cef-ace4-edaa54e1f810, titel: A }", "unknown key `titel` in `podroll`; did you mean `title`?")]
    [InlineData("images:\n  - { href: assets/missing.png }", "`href` file `assets/missing.png` does not exist")]
    [InlineData("publisher: { name: Net, feed_guid: 917393e3-1b1e-5cef-ace4-edaa54e1f810 }", "`publisher` needs both `feed_guid` and `feed_url`")]
    public void A_wrong_entry_is_an_error_at_its_line(string keys, string message)
    {
        var site = Build(keys);

        var error = site.Errors.ShouldHaveSingleItem($"expected one error, got: {string.Join("; ", site.Errors)}");
        error.Message.ShouldStartWith(message);
        error.Line.ShouldBe(keys.Contains('\n') ? 9 : 8, $"the error `{error.Message}` is on the wrong line");
    }

    [Fact]
    public void A_publisher_with_its_own_feed_becomes_podcast_publisher_and_a_name_alone_only_names_it_on_the_site()
    {
        var channel = Channel(
            "publisher: { name: Build Log Media, feed_guid: ec990fc5-75aa-5e52-8c54-1d4294d9191a, feed_url: \"https://media.example.com/publisher.xml\" }"
        );

        var item = channel.Element(Podcast + "publisher").ShouldNotBeNull().Elements().ShouldHaveSingleItem();
        item.Name.ShouldBe(Podcast + "remoteItem");
        item.Attribute("medium")!.Value.ShouldBe("publisher");
        item.Attribute("feedGuid")!.Value.ShouldBe("ec990fc5-75aa-5e52-8c54-1d4294d9191a");
        item.Attribute("feedUrl")!.Value.ShouldBe("https://media.example.com/publisher.xml");

        var named = Build("publisher: Build Log Media").ShouldSucceed();
        XDocument.Parse(named.Text("feed.xml")).Descendants(Podcast + "publisher").ShouldBeEmpty("a name alone cannot point at a publisher feed");
        named
            .Html("index.html")
            .QuerySelector("script[type='application/ld+json']")!
            .TextContent.ShouldContain("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Build Log Media\"}");
    }

    [Fact]
    public void Images_become_podcast_image_with_the_local_files_address_and_size()
    {
        var channel = Channel(
            """
            images:
              - { href: assets/cover.jpg, alt: The cover, purpose: "artwork social" }
              - { href: "https://cdn.example.com/banner.jpg", purpose: banner, width: 1920, height: 1080 }
            """
        );

        var images = channel.Elements(Podcast + "image").ToList();
        images.Count.ShouldBe(2);
        images[0].Attribute("href")!.Value.ShouldBe("https://example.com/assets/cover.jpg", "a local file is published with the site, like the cover");
        images[0].Attribute("alt")!.Value.ShouldBe("The cover");
        images[0].Attribute("width")!.Value.ShouldBe("1400", "the width is read from the file");
        images[0].Attribute("aspect-ratio")!.Value.ShouldBe("1/1");
        images[0].Attribute("purpose")!.Value.ShouldBe("artwork social");
        images[1].Attribute("href")!.Value.ShouldBe("https://cdn.example.com/banner.jpg");
        images[1].Attribute("aspect-ratio")!.Value.ShouldBe("16/9");
        images[1].Attribute("height")!.Value.ShouldBe("1080");
    }

    [Fact]
    public void A_purpose_apps_do_not_know_is_a_warning_that_names_the_close_one()
    {
        var site = Build("images:\n  - { href: assets/cover.jpg, purpose: baner }").ShouldSucceed();

        site.Warnings.ShouldHaveSingleItem().Message.ShouldBe("`baner` is not a purpose apps know; did you mean `banner`?");
    }

    [Fact]
    public void A_trailer_episode_becomes_podcast_trailer_with_its_audio_date_and_season()
    {
        var trailer = """

            -- input/episodes/2026-01-01-trailer.md --
            ---
            title: Coming soon
            date: 2026-01-01T08:00:00Z
            type: trailer
            season: 2
            guid: trailer-guid
            audio: { url: "https://media.example.com/trailer.mp3", length: 4321, duration: "1:00" }
            ---
            A taste of the show.
            """;

        var channel = XDocument
            .Parse(TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + trailer).ShouldSucceed().Text("feed.xml"))
            .Root!.Element("channel")!;

        var tag = channel.Elements(Podcast + "trailer").ShouldHaveSingleItem("the one trailer episode should give one podcast:trailer");
        tag.Value.ShouldBe("Coming soon");
        tag.Attribute("url")!.Value.ShouldBe("https://media.example.com/trailer.mp3");
        tag.Attribute("pubdate")!.Value.ShouldBe("Thu, 01 Jan 2026 08:00:00 GMT");
        tag.Attribute("length")!.Value.ShouldBe("4321");
        tag.Attribute("type")!.Value.ShouldBe("audio/mpeg");
        tag.Attribute("season")!.Value.ShouldBe("2");
        Channel("").Elements(Podcast + "trailer").ShouldBeEmpty("a show without trailer episodes has no podcast:trailer");
    }

    private static TestSite Build(string keys) =>
        TestSite.Build(TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + keys) + "\n" + TestSite.Episode);

    private static XElement Channel(string keys) => XDocument.Parse(Build(keys).ShouldSucceed().Text("feed.xml")).Root!.Element("channel")!;
}
