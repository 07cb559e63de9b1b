using System.Text;
using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

public sealed class FeedTests
{
    private static readonly XNamespace Itunes = PodcastFeed.Itunes;
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;
    private static readonly XNamespace Content = PodcastFeed.Content;

    [Fact]
    public void The_sample_shows_feed_matches_its_golden_file()
    {
        var golden = Repo.PathOf("tests/PodcastSite.Tests/Golden/sample-feed.xml");
        var actual = SampleShow.Text("feed.xml");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, actual);

        actual.ShouldBe(File.ReadAllText(golden), "the feed changed; if that is intended, run the tests with UPDATE_GOLDEN=1 and review the diff");
    }

    [Fact]
    public void The_feed_starts_with_the_xml_declaration_and_nothing_before_it()
    {
        var bytes = Encoding.UTF8.GetBytes(SampleShow.Text("feed.xml"));

        Encoding.ASCII.GetString(bytes, 0, 38).ShouldBe("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    [Fact]
    public void Podcast_namespace_elements_are_valid_against_the_podcastindex_schema()
    {
        var declared = PodcastSchema.DeclaredElements;
        var feed = XDocument.Parse(SampleShow.Text("feed.xml"));
        var elements = feed.Descendants().Where(e => e.Name.Namespace == Podcast).ToList();

        var checkedNames = new HashSet<string>();
        foreach (var element in elements.Where(e => declared.Contains(e.Name.LocalName)))
        {
            var errors = PodcastSchema.Problems(element);
            errors.ShouldBeEmpty($"{element} is not valid: {string.Join("; ", errors)}");
            checkedNames.Add(element.Name.LocalName);
        }
        checkedNames.ShouldBe(
            ["transcript", "locked", "funding", "chapters", "person", "season", "episode", "location", "value", "soundbite"],
            ignoreOrder: true,
            "the sample feed should carry every podcast:* element the schema declares"
        );
        // The schema predates these (valueRecipient is checked inside value); the namespace's own documents rule them.
        elements
            .Where(e => !declared.Contains(e.Name.LocalName) && e.Parent!.Name != Podcast + "value")
            .Select(e => e.Name.LocalName)
            .Distinct()
            .ShouldBe(
                [
                    "guid",
                    "license",
                    "updateFrequency",
                    "medium",
                    "trailer",
                    "podroll",
                    "remoteItem",
                    "image",
                    "socialInteract",
                    "alternateEnclosure",
                    "source",
                    "integrity",
                ],
                ignoreOrder: true
            );
        PodcastNamespaceRules.Problems(feed).ShouldBeEmpty();
        feed.Descendants(Podcast + "guid").Single().Value.ShouldMatch("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        feed.Descendants(Podcast + "medium").Single().Value.ShouldBe("podcast");
    }

    [Fact]
    public void Items_carry_what_apple_requires()
    {
        var item = Items(SampleShow.Text("feed.xml"))
            .Single(i => i.Element("title")!.Value.StartsWith("Shipping a Typed API Framework", StringComparison.Ordinal));

        item.Element("guid")!.Attribute("isPermaLink")!.Value.ShouldBe("false");
        item.Element("pubDate")!.Value.ShouldBe("Tue, 09 Sep 2025 06:00:00 GMT");
        var enclosure = item.Element("enclosure")!;
        enclosure.Attribute("length")!.Value.ShouldBe(new FileInfo(Repo.PathOf("input/assets/audio/001-typed-api-framework.mp3")).Length.ToString());
        enclosure.Attribute("type")!.Value.ShouldBe("audio/mpeg");
        item.Element(Itunes + "duration")!.Value.ShouldBe("7");
        item.Element(Itunes + "episode")!.Value.ShouldBe("1");
        item.Element(Itunes + "season")!.Value.ShouldBe("1");
        item.Element(Itunes + "episodeType")!.Value.ShouldBe("full");
        item.Element(Itunes + "explicit")!.Value.ShouldBe("false");
        item.Element(Podcast + "transcript")!.Attribute("type")!.Value.ShouldBe("text/vtt");
        item.Element(Podcast + "chapters")!
            .Attribute("url")!
            .Value.ShouldBe("https://buildlog.example.com/episodes/shipping-a-typed-api-framework/chapters.json");
    }

    [Fact]
    public void A_reader_that_strips_html_still_sees_the_notes_sections()
    {
        var item = Items(SampleShow.Text("feed.xml"))
            .First(i => i.Element(Podcast + "chapters") is not null && i.Element("title")!.Value.StartsWith("Shipping", StringComparison.Ordinal));

        var text = System.Text.RegularExpressions.Regex.Replace(item.Element(Content + "encoded")!.Value, "<[^>]+>", "\n");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        lines.IndexOf("Chapters").ShouldBeLessThan(lines.IndexOf("🔗 Links"));
        lines.IndexOf("🔗 Links").ShouldBeLessThan(lines.IndexOf("🎥 YouTube"));
        lines.IndexOf("🎥 YouTube").ShouldBeLessThan(lines.IndexOf("Sponsor"));
        lines.ShouldContain("quill-api on GitHub");
    }

    [Fact]
    public void Cdata_end_markers_and_forbidden_characters_cannot_break_the_feed()
    {
        var fixture =
            TestSite.Show + "\n" + TestSite.Episode.Replace("The first episode.", "Code: `a[b[0]]>c` and ]]> raw, a bell \u0007 and a form feed \u000C.");

        var feed = TestSite.Build(fixture).ShouldSucceed().Text("feed.xml");

        var encoded = Items(feed).Single().Element(Content + "encoded")!.Value;
        encoded.ShouldContain("]]&gt; raw");
        encoded.ShouldContain("a[b[0]]&gt;c");
        encoded.ShouldNotContain("\u0007");
    }

    [Fact]
    public void Non_ascii_urls_are_percent_encoded()
    {
        var fixture = TestSite.Show + "\n" + TestSite.Episode.Replace("https://media.example.com/1.mp3", "https://media.example.com/épisode 1.mp3");

        var feed = TestSite.Build(fixture).ShouldSucceed().Text("feed.xml");

        Items(feed).Single().Element("enclosure")!.Attribute("url")!.Value.ShouldBe("https://media.example.com/%C3%A9pisode%201.mp3");
    }

    [Fact]
    public void The_description_stays_within_4000_bytes_with_whole_items_and_only_tags_apple_renders()
    {
        var links = string.Concat(
            Enumerable.Range(1, 200).Select(i => $"\n  - {{ title: \"A rather long link title number {i}\", url: \"https://example.com/{i}\" }}")
        );
        var fixture =
            TestSite.Show
            + "\n"
            + TestSite.Episode.Replace("guest:", "links:" + links + "\nguest:").Replace("The first episode.", "## Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        var description = Items(TestSite.Build(fixture).ShouldSucceed().Text("feed.xml")).Single().Element("description")!.Value;

        Encoding.UTF8.GetByteCount(description).ShouldBeLessThanOrEqualTo(4000);
        description.ShouldContain("<li><a href=\"https://example.com/1\">A rather long link title number 1</a></li>");
        description.ShouldEndWith("</li></ul>");
        System
            .Text.RegularExpressions.Regex.Matches(description, "<(\\w+)")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ShouldBeSubsetOf(["p", "a", "ul", "ol", "li", "strong", "em", "b", "i", "br"]);
    }

    [Fact]
    public void A_serial_show_lists_episodes_in_listening_order()
    {
        var fixture =
            TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\ntype: serial")
            + "\n"
            + TestSite.Episode
            + """

                -- input/episodes/2026-02-01-two.md --
                ---
                title: Two
                date: 2026-02-01
                number: 2
                guid: two
                audio: { url: "https://media.example.com/2.mp3", length: 10 }
                ---
                """;

        var titles = Items(TestSite.Build(fixture).ShouldSucceed().Text("feed.xml")).Select(i => i.Element("title")!.Value);

        titles.ShouldBe(["Hello", "Two"]);
    }

    [Fact]
    public void Chapters_side_car_follows_the_podcasting_2_0_json_format()
    {
        var json = System.Text.Json.JsonDocument.Parse(SampleShow.Text("episodes/shipping-a-typed-api-framework/chapters.json")).RootElement;

        json.GetProperty("version").GetString().ShouldBe("1.2.0");
        var chapters = json.GetProperty("chapters").EnumerateArray().ToList();
        chapters.Select(c => c.GetProperty("startTime").GetDouble()).ShouldBe([0, 2, 5]);
        chapters[1].GetProperty("url").GetString().ShouldBe("https://github.com/example/quill-api");
    }

    private static IEnumerable<XElement> Items(string feed) => XDocument.Parse(feed).Descendants("item");
}
