using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Model;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>The Podcasting 2.0 item tags an episode's front matter can ask for, each from one key.</summary>
public sealed class ItemTagTests
{
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;

    // The test episode plays for 30:00; its front matter gets the keys under test from line 6 on.
    private const int FirstKeyLine = 6;

    [Fact]
    public void Soundbites_become_podcast_soundbite_with_decimal_seconds_and_their_title()
    {
        var item = Item(
            """
            soundbites:
              - { start: "1:02.5", duration: 30, title: The best minute }
              - { start: 90, duration: "0:45" }
            """
        );

        var soundbites = item.Elements(Podcast + "soundbite").ToList();
        soundbites
            .Select(s => (s.Attribute("startTime")!.Value, s.Attribute("duration")!.Value, s.Value))
            .ShouldBe([("62.5", "30", "The best minute"), ("90", "45", "")]);
    }

    [Theory]
    [InlineData("{ start: 10, duration: 0 }", FirstKeyLine + 1, "`duration` must be longer than 0 seconds")]
    [InlineData("{ start: -5, duration: 20 }", FirstKeyLine + 1, "`start` must be a time as `H:MM:SS`, `MM:SS` or seconds, not `-5`")]
    [InlineData("{ duration: 20 }", FirstKeyLine + 1, "missing required key `start`")]
    [InlineData("{ start: 10, duration: 20, titel: Oops }", FirstKeyLine + 1, "unknown key `titel` in a soundbite; did you mean `title`?")]
    public void A_wrong_soundbite_is_an_error_at_its_line(string soundbite, int line, string message)
    {
        var site = Build($"soundbites:\n  - {soundbite}");

        var error = site.Errors.ShouldHaveSingleItem($"expected one error for {soundbite}");
        error.Message.ShouldStartWith(message);
        error.Line.ShouldBe(line, $"the error should point at the soundbite in {soundbite}");
    }

    [Theory]
    [InlineData("{ start: \"31:00\", duration: 20 }", "the soundbite starts at 31:00, after the episode ends (30:00)")]
    [InlineData("{ start: \"29:50\", duration: 20 }", "the soundbite runs to 30:10, past the end of the episode (30:00)")]
    public void A_soundbite_past_the_end_of_the_episode_is_a_warning(string soundbite, string message)
    {
        var site = Build($"soundbites:\n  - {soundbite}").ShouldSucceed();

        var warning = site.Warnings.ShouldHaveSingleItem($"expected one warning for {soundbite}");
        warning.Message.ShouldBe(message);
        warning.Line.ShouldBe(FirstKeyLine + 1);
    }

    [Fact]
    public void An_episode_location_and_license_become_item_tags_only_on_that_episode()
    {
        var item = Item(
            """
            location: { name: Reykjavík, geo: "geo:64.1466,-21.9426", osm: R2580605 }
            license: { name: CC-BY-SA-4.0, url: "https://creativecommons.org/licenses/by-sa/4.0/" }
            """
        );

        var location = item.Element(Podcast + "location").ShouldNotBeNull("the episode's location is missing");
        (location.Value, location.Attribute("geo")!.Value, location.Attribute("osm")!.Value).ShouldBe(("Reykjavík", "geo:64.1466,-21.9426", "R2580605"));
        var license = item.Element(Podcast + "license").ShouldNotBeNull("the episode's licence is missing");
        (license.Value, license.Attribute("url")!.Value).ShouldBe(("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"));
        Item("").Element(Podcast + "location").ShouldBeNull("an episode without `location` names no place");
    }

    [Fact]
    public void A_wrong_episode_location_is_reported_as_the_channel_one_is()
    {
        var error = Build("location: { name: Home, geo: \"64.1,-21.9\" }").Errors.ShouldHaveSingleItem();

        error.Message.ShouldStartWith("`geo` must be a geo URI like `geo:59.3293,18.0686`, not `64.1,-21.9`");
        error.Line.ShouldBe(FirstKeyLine);
    }

    [Fact]
    public void Social_interact_becomes_podcast_social_interact()
    {
        var item = Item(
            """
            social_interact:
              - { uri: "https://podcastindex.social/@buildlog/111", protocol: activitypub, account_id: "@buildlog@podcastindex.social", account_url: "https://podcastindex.social/@buildlog" }
              - { protocol: disabled }
            """
        );

        var socials = item.Elements(Podcast + "socialInteract").ToList();
        socials.Count.ShouldBe(2, "both entries should be in the feed");
        socials[0]
            .Attributes()
            .Select(a => $"{a.Name}={a.Value}")
            .ShouldBe([
                "protocol=activitypub",
                "uri=https://podcastindex.social/@buildlog/111",
                "accountId=@buildlog@podcastindex.social",
                "accountUrl=https://podcastindex.social/@buildlog",
            ]);
        socials[1].Attributes().Select(a => $"{a.Name}={a.Value}").ShouldBe(["protocol=disabled"]);
    }

    [Theory]
    [InlineData("{ uri: \"https://example.com/1\", protocol: activitypu }", "`protocol` must be one of", "did you mean `activitypub`?")]
    [InlineData("{ uri: \"https://example.com/1\", protocol: Mastodon }", "`protocol` must be one of", "Mastodon speaks `activitypub`")]
    [InlineData("{ protocol: activitypub }", "missing required key `uri`", "")]
    [InlineData("{ uri: \"ftp://example.com/1\", protocol: activitypub }", "`uri` must be the full address of the post", "")]
    public void A_wrong_social_interact_is_an_error_at_its_line(string entry, string start, string end)
    {
        var error = Build($"social_interact: {entry}").Errors.ShouldHaveSingleItem($"expected one error for {entry}");

        error.Message.ShouldStartWith(start);
        error.Message.ShouldEndWith(end);
        error.Line.ShouldBe(FirstKeyLine);
    }

    [Fact]
    public void Every_chapter_is_also_a_podlove_simple_chapter_in_the_item()
    {
        var item = Item(
            """
            chapters:
              - { start: "0:00", title: Intro }
              - { start: "2:15.25", title: Benchmarks, url: "https://example.com/bench" }
              - { start: "1:02:03", title: "Q&A", image: "https://example.com/qa.png" }
            """,
            episodeDuration: "1:30:00"
        );

        XNamespace psc = SimpleChapters.Namespace;
        var chapters = item.Element(psc + "chapters").ShouldNotBeNull("the item has no psc:chapters");
        chapters.Attribute("version")!.Value.ShouldBe("1.2");
        chapters
            .Elements(psc + "chapter")
            .Select(c => (c.Attribute("start")!.Value, c.Attribute("title")!.Value, c.Attribute("href")?.Value, c.Attribute("image")?.Value))
            .ShouldBe([
                ("00:00:00.000", "Intro", null, null),
                ("00:02:15.250", "Benchmarks", "https://example.com/bench", null),
                ("01:02:03.000", "Q&A", null, "https://example.com/qa.png"),
            ]);
        var withoutChapters = XDocument.Parse(Build("").ShouldSucceed().Text("feed.xml"));
        withoutChapters.Descendants(psc + "chapters").ShouldBeEmpty("an episode without chapters gets no psc:chapters");
        withoutChapters
            .Root!.Attributes()
            .Select(a => a.Value)
            .ShouldNotContain(SimpleChapters.Namespace, "a feed without chapters should not declare psc, which the W3C validator warns about");
    }

    private static readonly string ThreeChapters = """
        chapters:
          - { start: "0:00", title: Intro }
          - { start: "2:15", title: "Benchmarks & <results>" }
          - { start: "1:02:03", title: Questions }
        """;

    [Fact]
    public void With_chapters_in_description_the_description_starts_with_the_chapter_list()
    {
        var description = Item(ThreeChapters, "chapters_in_description: true", "1:30:00").Element("description")!.Value;

        description.ShouldStartWith("<p>(00:00) Intro<br>(02:15) Benchmarks &amp; &lt;results&gt;<br>(1:02:03) Questions</p>");
        description.ShouldNotContain("<strong>Chapters</strong>", Case.Sensitive, "the list at the top replaces the chapters section");
    }

    [Fact]
    public void Without_chapters_in_description_the_description_has_no_list_at_the_top()
    {
        Item(ThreeChapters, episodeDuration: "1:30:00").Element("description")!.Value.ShouldNotContain("(00:00) Intro");
    }

    [Theory]
    [InlineData("[{ start: \"0:00\", title: A }, { start: \"1:00\", title: B }]", "2 chapters; Spotify shows chapters only when there are at least three")]
    [InlineData("[{ start: \"0:05\", title: A }, { start: \"1:00\", title: B }, { start: \"2:00\", title: C }]", "the first chapter starts at 00:05")]
    [InlineData(
        "[{ start: \"0:00\", title: A }, { start: \"1:00.2\", title: B }, { start: \"1:00.4\", title: C }]",
        "chapters `B` and `C` both start at 01:00"
    )]
    public void Chapters_spotify_would_not_show_stay_out_of_the_description_with_a_warning_saying_why(string chapters, string why)
    {
        var site = Build($"chapters: {chapters}", "chapters_in_description: true").ShouldSucceed();

        Items(site).Single().Element("description")!.Value.ShouldNotContain("(00:00)", Case.Sensitive, "a list Spotify would reject is left out");
        var warning = site.Warnings.ShouldHaveSingleItem();
        warning.Message.ShouldStartWith(why);
        warning.Message.ShouldEndWith("so the description gets no chapter list (`chapters_in_description`)");
        warning.Line.ShouldBe(FirstKeyLine);
    }

    [Theory]
    [InlineData("0:45", "chapter `Early` starts at 00:45, not after the chapter before it (01:30)")]
    [InlineData("1:30", "chapter `Early` starts at 01:30, not after the chapter before it (01:30)")]
    public void Chapters_out_of_order_are_one_error_at_the_late_chapter_and_no_warning_besides(string start, string error)
    {
        var site = Build(
            $"chapters:\n  - {{ start: \"0:00\", title: Intro }}\n  - {{ start: \"1:30\", title: Middle }}\n  - {{ start: \"{start}\", title: Early }}\n"
        );

        var only = site.Errors.ShouldHaveSingleItem();
        only.Line.ShouldBe(FirstKeyLine + 3);
        only.Message.ShouldStartWith(error);
        site.Warnings.ShouldBeEmpty("the error says it already");
    }

    [Fact]
    public void A_chapter_after_the_end_is_a_warning_at_its_own_line()
    {
        var site = Build("chapters:\n  - { start: \"0:00\", title: Intro }\n  - { start: \"10:00\", title: Middle }\n  - { start: \"40:00\", title: Late }\n");

        var warning = site.ShouldSucceed().Warnings.ShouldHaveSingleItem();
        (warning.Line, warning.Column).ShouldBe((FirstKeyLine + 3, 14));
        warning.Message.ShouldBe("chapter `Late` starts at 40:00, after the episode ends (30:00)");
    }

    [Fact]
    public void Chapters_listed_out_of_order_are_named_as_such_to_say_why_Spotify_shows_none()
    {
        var chapters = new[]
        {
            new Chapter(TimeSpan.Zero, "Intro", null, null),
            new Chapter(TimeSpan.FromSeconds(90), "Middle", null, null),
            new Chapter(TimeSpan.FromSeconds(45), "Early", null, null),
        };

        DescriptionChapters
            .Problem(chapters)
            .ShouldBe("chapter `Early` starts at 00:45, before `Middle` (01:30); Spotify shows chapters only in ascending order");
    }

    [Fact]
    public void The_soundbite_and_location_of_an_item_are_valid_against_the_podcastindex_schema()
    {
        var item = Item(
            """
            soundbites: [{ start: 73.5, duration: 60, title: A soundbite }]
            location: { name: Reykjavík, geo: "geo:64.1466,-21.9426" }
            """
        );

        foreach (var name in new[] { "soundbite", "location" })
        {
            var element = item.Element(Podcast + name).ShouldNotBeNull($"the item has no podcast:{name}");
            PodcastSchema.Problems(element).ShouldBeEmpty($"{element} is not valid");
        }
    }

    /// <summary>The test show with <paramref name="showKeys"/>, and its episode with <paramref name="episodeKeys"/> from line 6.</summary>
    internal static TestSite Build(string episodeKeys, string showKeys = "", string episodeDuration = "30:00") =>
        TestSite.Build(
            TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + showKeys)
                + "\n"
                + TestSite
                    .Episode.Replace("duration: \"30:00\"", $"duration: \"{episodeDuration}\"")
                    .Replace("guid: hello-guid\n", "guid: hello-guid\n" + (episodeKeys.Length > 0 ? episodeKeys.TrimEnd('\n') + "\n" : ""))
        );

    internal static IEnumerable<XElement> Items(TestSite site) => XDocument.Parse(site.Text("feed.xml")).Descendants("item");

    private static XElement Item(string episodeKeys, string showKeys = "", string episodeDuration = "30:00")
    {
        var site = Build(episodeKeys, showKeys, episodeDuration).ShouldSucceed();
        site.Warnings.ShouldBeEmpty($"expected no warnings, got:\n{string.Join("\n", site.Warnings)}");
        return Items(site).Single();
    }
}
