using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>The Podcasting 2.0 channel tags podcast.yml can ask for, each from one key.</summary>
public sealed class ChannelTagTests
{
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;
    private static readonly XNamespace Atom = PodcastFeed.Atom;

    [Fact]
    public void Txt_entries_become_podcast_txt_in_order_with_their_purpose()
    {
        var channel = Channel(
            """
            txt:
              - { text: "S6lpp-7ZCn8-dZfGc-OoyaG", purpose: applepodcastsverify }
              - text: free words
            """
        );

        var txts = channel.Elements(Podcast + "txt").ToList();
        txts.Select(t => t.Value).ShouldBe(["S6lpp-7ZCn8-dZfGc-OoyaG", "free words"]);
        txts[0].Attribute("purpose")!.Value.ShouldBe("applepodcastsverify");
        txts[1].Attribute("purpose").ShouldBeNull();
    }

    [Fact]
    public void A_txt_purpose_longer_than_the_namespace_allows_is_an_error_at_its_line()
    {
        var site = Build($"txt:\n  - text: code\n    purpose: {new string('x', 129)}");

        var error = site.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("`purpose` is 129 characters; the podcast namespace allows at most 128");
        error.Line.ShouldBe(10);
    }

    [Fact]
    public void A_misspelt_txt_key_is_an_error_that_names_the_right_one()
    {
        var site = Build("txt:\n  - { text: code, purpos: verify }");

        site.Errors.ShouldHaveSingleItem().Message.ShouldBe("unknown key `purpos` in `txt`; did you mean `purpose`?");
    }

    [Fact]
    public void Medium_license_location_and_update_frequency_become_their_podcast_tags()
    {
        var channel = Channel(
            """
            medium: music
            license: { name: My Licence, url: "https://example.com/licence" }
            location: { name: Stockholm, geo: "geo:59.3293,18.0686;u=350", osm: R398021 }
            update_frequency: { text: Every Tuesday, rrule: "FREQ=WEEKLY;BYDAY=TU", complete: true }
            """
        );

        channel.Element(Podcast + "medium")!.Value.ShouldBe("music");
        var license = channel.Element(Podcast + "license")!;
        license.Value.ShouldBe("My Licence");
        license.Attribute("url")!.Value.ShouldBe("https://example.com/licence");
        var location = channel.Element(Podcast + "location")!;
        location.Value.ShouldBe("Stockholm");
        location.Attribute("geo")!.Value.ShouldBe("geo:59.3293,18.0686;u=350");
        location.Attribute("osm")!.Value.ShouldBe("R398021");
        var frequency = channel.Element(Podcast + "updateFrequency")!;
        frequency.Value.ShouldBe("Every Tuesday");
        frequency.Attribute("rrule")!.Value.ShouldBe("FREQ=WEEKLY;BYDAY=TU");
        frequency.Attribute("complete")!.Value.ShouldBe("true");
    }

    [Fact]
    public void Without_the_keys_the_medium_is_podcast_and_the_other_tags_are_left_out()
    {
        var channel = Channel("");

        channel.Element(Podcast + "medium")!.Value.ShouldBe("podcast");
        channel.Element(Podcast + "license").ShouldBeNull();
        channel.Element(Podcast + "location").ShouldBeNull();
        channel.Element(Podcast + "updateFrequency").ShouldBeNull();
    }

    [Fact]
    public void A_websub_hub_is_named_beside_the_feeds_own_address()
    {
        var channel = Channel("websub_hub: https://pubsubhubbub.appspot.com/");

        var links = channel.Elements(Atom + "link").ToList();
        links.Select(l => l.Attribute("rel")!.Value).ShouldBe(["self", "hub"]);
        links[1].Attribute("href")!.Value.ShouldBe("https://pubsubhubbub.appspot.com/");
    }

    [Fact]
    public void Without_a_hub_the_feed_names_only_itself()
    {
        Channel("").Elements(Atom + "link").ShouldHaveSingleItem().Attribute("rel")!.Value.ShouldBe("self");
    }

    [Theory]
    [InlineData("websub_hub: \"mailto:hub@example.com\"", "`websub_hub` must be the http(s) address of a WebSub hub")]
    [InlineData("medium: musicL", "`medium: musicL` is for a feed that only lists other feeds (podcast:remoteItem), but this feed has episodes")]
    [InlineData("medium: mixed", "`medium: mixed` is for a feed that only lists other feeds")]
    [InlineData(
        "medium: vidoe",
        "`medium` must be one of `podcast`, `music`, `video`, `film`, `audiobook`, `newsletter`, `blog`, `course`, not `vidoe`; did you mean `video`?"
    )]
    [InlineData("location: { name: Home, geo: \"59.3,18.0\" }", "`geo` must be a geo URI like `geo:59.3293,18.0686`, not `59.3,18.0`")]
    [InlineData("location: { name: Home, osm: \"398021\" }", "`osm` must be an OpenStreetMap id")]
    [InlineData("location: { geo: \"geo:1,2\" }", "missing required key `name`")]
    [InlineData("license: { url: \"https://example.com/l\" }", "missing required key `name`")]
    [InlineData("update_frequency: { text: Weekly, rrule: WEEKLY }", "`rrule` must be an RFC 5545 rule with a `FREQ`")]
    [InlineData("update_frequency: { text: Ten, rrule: \"FREQ=WEEKLY;COUNT=10\" }", "`rrule` must not use `COUNT`")]
    [InlineData("update_frequency: { text: Weekly, rrule: FREQ=WEEKLY, end: never }", "unknown key `end` in `update_frequency`")]
    public void A_wrong_value_is_an_error_at_the_line_of_its_key(string keys, string message)
    {
        var site = Build(keys);

        var error = site.Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith(message);
        error.Line.ShouldBe(8);
    }

    /// <summary>The show's podcast.yml with <paramref name="keys"/> added after line 7.</summary>
    private static TestSite Build(string keys) =>
        TestSite.Build(TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + keys) + "\n" + TestSite.Episode);

    private static XElement Channel(string keys) => XDocument.Parse(Build(keys).ShouldSucceed().Text("feed.xml")).Root!.Element("channel")!;
}
