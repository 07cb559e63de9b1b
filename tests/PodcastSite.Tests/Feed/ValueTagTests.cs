using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>`value:` in podcast.yml and front matter: podcast:value, and the checks that keep apps from paying no one.</summary>
public sealed class ValueTagTests
{
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;

    private const string Node1 = "0302b13a4ca372e860fd83a74711aa3ebeed357d7fcdfa4750219c3f108c67fcb0";
    private const string Node2 = "029216a07323241c0e4d972fea69139676c847156ab36b0b80ca9d0a961ad07049";

    private static readonly string ShowValue = $$"""
        value:
          type: lightning
          method: keysend
          suggested: 0.00000005000
          recipients:
            - { name: Maya, address: {{Node1}}, split: 90 }
            - { name: Host fee, address: {{Node2}}, split: 10, fee: true, custom_key: "696969", custom_value: abc123 }
        """;

    [Fact]
    public void The_shows_value_block_becomes_podcast_value_with_its_recipients_in_order()
    {
        var channel = Channel(ShowValue);

        var value = channel.Element(Podcast + "value").ShouldNotBeNull("the channel has no podcast:value");
        value.Attribute("type")!.Value.ShouldBe("lightning");
        value.Attribute("method")!.Value.ShouldBe("keysend");
        value.Attribute("suggested")!.Value.ShouldBe("0.00000005000");
        var recipients = value.Elements(Podcast + "valueRecipient").ToList();
        recipients.Select(r => r.Attribute("name")!.Value).ShouldBe(["Maya", "Host fee"]);
        recipients.Select(r => r.Attribute("split")!.Value).ShouldBe(["90", "10"]);
        recipients.Select(r => r.Attribute("type")!.Value).ShouldBe(["node", "node"], "keysend pays nodes, so the type defaults to `node`");
        recipients.Select(r => r.Attribute("fee")!.Value).ShouldBe(["false", "true"]);
        recipients[1].Attribute("customKey")!.Value.ShouldBe("696969");
        recipients[1].Attribute("customValue")!.Value.ShouldBe("abc123");
        recipients[0].Attribute("customKey").ShouldBeNull();
    }

    [Fact]
    public void An_episodes_value_block_overrides_the_shows_on_its_item_only()
    {
        var episode = TestSite.Episode.Replace(
            "guest:",
            $"value:\n  type: lightning\n  method: lnaddress\n  recipients:\n    - {{ name: Guest, address: guest@getalby.com, split: 1 }}\nguest:"
        );

        var feed = XDocument.Parse(TestSite.Build(WithKeys(ShowValue) + "\n" + episode).ShouldSucceed().Text("feed.xml"));

        var item = feed.Descendants("item").Single().Element(Podcast + "value").ShouldNotBeNull("the item has no podcast:value of its own");
        item.Attribute("method")!.Value.ShouldBe("lnaddress");
        var guest = item.Elements(Podcast + "valueRecipient").ShouldHaveSingleItem();
        guest.Attribute("type")!.Value.ShouldBe("lnaddress");
        guest.Attribute("address")!.Value.ShouldBe("guest@getalby.com");
        feed.Root!.Element("channel")!.Element(Podcast + "value")!.Attribute("method")!.Value.ShouldBe("keysend", "the channel keeps the show's block");
    }

    [Fact]
    public void Without_value_no_value_tag_is_written()
    {
        Channel("").Descendants(Podcast + "value").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    - { name: A, address: " + Node1 + ", split: 0 }", 12, 102, "`split` must be a whole number above 0")]
    [InlineData("    - { name: A, address: " + Node1 + ", split: -5 }", 12, 102, "`split` must be a whole number above 0")]
    [InlineData("    - { name: A, address: " + Node1 + ", split: 2.5 }", 12, 102, "`split` must be a whole number above 0")]
    [InlineData("    - { name: A, address: 02abc, split: 1 }", 12, 27, "`address` of a Lightning node must be its public key")]
    [InlineData("    - { name: A, split: 1 }", 12, 7, "missing required key `address`")]
    [InlineData("    - { name: A, address: " + Node1 + ", split: 1, fee: true }", 12, 5, "every recipient is a `fee`")]
    [InlineData("    - { name: A, address: " + Node1 + ", split: 1, custom_key: \"7\" }", 12, 117, "`custom_key` needs its partner")]
    public void A_wrong_recipient_is_an_error_at_its_line_and_column(string recipient, int line, int column, string message)
    {
        var site = Build("value:\n  type: lightning\n  method: keysend\n  recipients:\n" + recipient);

        var error = site.Errors.ShouldHaveSingleItem($"expected one error, got: {string.Join("; ", site.Errors)}");
        error.Message.ShouldStartWith(message);
        error.Path.ShouldBe("input/podcast.yml");
        (error.Line, error.Column).ShouldBe((line, column), $"the error `{error.Message}` points at the wrong place");
    }

    [Theory]
    [InlineData(
        "value:\n  type: bitcoin\n  method: keysend\n  recipients: [{ name: A, address: " + Node1 + ", split: 1 }]",
        9,
        "`type` must be one of `lightning`, `hive`, `webmonetization`, not `bitcoin`"
    )]
    [InlineData(
        "value:\n  type: lightning\n  method: wire\n  recipients: [{ name: A, address: " + Node1 + ", split: 1 }]",
        10,
        "`method` for `type: lightning` must be one of `keysend`, `amp`, `lnaddress`, not `wire`"
    )]
    [InlineData("value:\n  type: lightning\n  method: keysend\n  recipients: []", 11, "`value` needs `recipients`")]
    [InlineData(
        "value:\n  type: lightning\n  method: keysend\n  suggested: lots\n  recipients: [{ name: A, address: " + Node1 + ", split: 1 }]",
        11,
        "`suggested` must be an amount above 0"
    )]
    [InlineData(
        "value:\n  type: lightning\n  method: lnaddress\n  recipients: [{ name: A, address: maya.example.com, split: 1 }]",
        11,
        "`address` of type `lnaddress` must be a Lightning address"
    )]
    public void A_wrong_value_block_is_an_error_at_its_line(string keys, int line, string message)
    {
        var site = Build(keys);

        var error = site.Errors.ShouldHaveSingleItem($"expected one error, got: {string.Join("; ", site.Errors)}");
        error.Message.ShouldStartWith(message);
        error.Line.ShouldBe(line, $"the error `{error.Message}` is on the wrong line");
    }

    [Fact]
    public void A_wrong_split_in_an_episode_is_reported_at_its_line_in_the_episode_file()
    {
        var episode = TestSite.Episode.Replace(
            "guest:",
            $"value:\n  type: lightning\n  method: keysend\n  recipients:\n    - {{ name: A, address: {Node1}, split: none }}\nguest:"
        );

        var site = TestSite.Build(TestSite.Show + "\n" + episode);

        var error = site.Errors.ShouldHaveSingleItem($"expected one error, got: {string.Join("; ", site.Errors)}");
        error.Path.ShouldBe("input/episodes/2026-01-15-hello.md");
        error.Message.ShouldStartWith("`split` must be a whole number above 0");
        error.Line.ShouldBe(11, "the recipient is on line 11 of the file, the front matter's 10th");
    }

    private static string WithKeys(string keys) => TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + keys);

    private static TestSite Build(string keys) => TestSite.Build(WithKeys(keys) + "\n" + TestSite.Episode);

    private static XElement Channel(string keys) => XDocument.Parse(Build(keys).ShouldSucceed().Text("feed.xml")).Root!.Element("channel")!;
}
