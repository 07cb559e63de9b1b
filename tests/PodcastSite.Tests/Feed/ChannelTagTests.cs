using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>The Podcasting 2.0 channel tags podcast.yml can ask for, each from one key.</summary>
public sealed class ChannelTagTests
{
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;

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

    /// <summary>The show's podcast.yml with <paramref name="keys"/> added after line 7.</summary>
    private static TestSite Build(string keys) =>
        TestSite.Build(TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + keys) + "\n" + TestSite.Episode);

    private static XElement Channel(string keys) => XDocument.Parse(Build(keys).ShouldSucceed().Text("feed.xml")).Root!.Element("channel")!;
}
