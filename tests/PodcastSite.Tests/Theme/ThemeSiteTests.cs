using System.Text.Json;
using System.Xml.Linq;
using PodcastSite.Diagnostics;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Theme;

/// <summary>What the built-in theme makes of a show: built in memory from inline fixtures.</summary>
public sealed class ThemeSiteTests
{
    private const string Subscribe = """

        subscribe:
          spotify: https://open.spotify.com/show/abc
          apple: https://podcasts.apple.com/podcast/id1
        """;

    private static string ShowWith(string yaml) => TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]" + yaml);

    private const string Second = """

        -- input/episodes/2026-02-15-second.md --
        ---
        title: Second
        date: 2026-02-15T10:00:00Z
        number: 2
        guid: second-guid
        featured: true
        audio: { url: "https://media.example.com/2.mp3", length: 1000, duration: "1:05:10" }
        guest:
          - name: Jane Doe
            image: https://example.com/jane.jpg
            bio: Jane writes **compilers**.
        ---
        The second episode.
        """;

    [Fact]
    public void Subscribe_buttons_link_each_listed_app_in_the_themes_order_on_the_home_and_episode_pages()
    {
        var site = TestSite.Build(ShowWith(Subscribe) + "\n" + TestSite.Episode).ShouldSucceed();

        foreach (var page in new[] { "index.html", "episodes/hello/index.html" })
        {
            var buttons = site.Html(page).QuerySelectorAll(".subscribe-buttons a.app-button").ToList();
            buttons.Select(b => b.TextContent.Trim()).ShouldBe(["Apple Podcasts", "Spotify", "More ways to subscribe"], page);
            buttons[0].GetAttribute("href").ShouldBe("https://podcasts.apple.com/podcast/id1");
            buttons[0].QuerySelector("svg").ShouldNotBeNull("each button has its icon");
        }
    }

    [Fact]
    public void An_unknown_app_under_subscribe_is_an_error_at_its_line_that_suggests_the_known_name()
    {
        var site = TestSite.Build(ShowWith("\nsubscribe:\n  spotfy: https://open.spotify.com/show/abc") + "\n" + TestSite.Episode);

        var error = site.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("input/podcast.yml");
        error.Line.ShouldBe(9);
        error.Message.ShouldContain("did you mean `spotify`?");
    }

    [Fact]
    public void A_subscribe_address_that_is_not_a_web_address_is_an_error()
    {
        var site = TestSite.Build(ShowWith("\nsubscribe:\n  apple: ftp://podcasts.example.com/1") + "\n" + TestSite.Episode);

        site.Errors.ShouldHaveSingleItem().Message.ShouldContain("`apple` must be an absolute http(s) URL");
    }

    [Fact]
    public void The_subscribe_page_lists_every_app_the_feed_address_to_copy_and_links_that_open_it_in_an_app()
    {
        var site = TestSite.Build(ShowWith(Subscribe) + "\n" + TestSite.Episode).ShouldSucceed();

        var page = site.Html("subscribe/index.html");
        page.QuerySelectorAll(".app-list a")
            .Select(a => a.GetAttribute("href"))
            .ShouldBe(["https://podcasts.apple.com/podcast/id1", "https://open.spotify.com/show/abc"]);
        page.QuerySelector("#feed-url")!.GetAttribute("value").ShouldBe("https://example.com/feed.xml");
        page.QuerySelector("button[data-copy='feed-url']").ShouldNotBeNull();
        page.QuerySelectorAll(".open-links a")
            .Select(a => a.GetAttribute("href"))
            .ShouldBe(["podcast://example.com/feed.xml", "pcast://example.com/feed.xml", "/feed.xml"]);
    }

    [Fact]
    public void A_free_page_of_the_show_at_subscribe_takes_the_place_of_the_themes()
    {
        var site = TestSite
            .Build(TestSite.Show + "\n" + TestSite.Episode + "\n-- input/pages/subscribe.md --\n---\ntitle: Follow us\n---\nOur own words.\n")
            .ShouldSucceed();

        site.Text("subscribe/index.html").ShouldContain("Our own words.");
    }

    [Fact]
    public void The_home_page_has_the_show_title_as_its_only_h1_and_featured_episodes_under_start_here()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + Second).ShouldSucceed();

        var home = site.Html("index.html");
        home.QuerySelectorAll("h1").Select(h => h.TextContent).ShouldBe(["Test Show"]);
        home.QuerySelector(".hero img.cover").ShouldNotBeNull();
        home.QuerySelectorAll(".start-here .episode-card h3").Select(h => h.TextContent).ShouldBe(["Second"]);
    }

    [Fact]
    public void Episode_cards_show_art_falling_back_to_the_cover_guests_and_a_human_duration()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + Second).ShouldSucceed();

        var cards = site.Html("index.html").QuerySelectorAll("section.episode-list > .episode-card").ToList();
        cards.Select(c => c.QuerySelector(".duration")!.TextContent).ShouldBe(["1 h 5 min", "30 min"]);
        cards.ShouldAllBe(c => c.QuerySelector(".art img")!.GetAttribute("src") == "/assets/cover-640w.jpg");
        cards[1].QuerySelector(".people")!.TextContent.ShouldBe("with Jane Doe");
    }

    [Fact]
    public void An_episode_page_links_its_newer_and_older_neighbours()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + Second).ShouldSucceed();

        site.Html("episodes/hello/index.html").QuerySelector(".episode-nav a[rel=next]")!.GetAttribute("href").ShouldBe("/episodes/second/");
        site.Html("episodes/hello/index.html").QuerySelector(".episode-nav a[rel=prev]").ShouldBeNull();
        site.Html("episodes/second/index.html").QuerySelector(".episode-nav a[rel=prev]")!.GetAttribute("href").ShouldBe("/episodes/hello/");
    }

    [Fact]
    public void Section_headings_on_the_page_leave_the_emoji_to_the_feed()
    {
        var fixture =
            TestSite.Show + "\n" + TestSite.Episode.Replace("  - name: Jane Doe", "  - name: Jane Doe\nlinks:\n  - \"[Docs](https://docs.example.com)\"");
        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Html("episodes/hello/index.html").QuerySelector(".notes-links h2")!.TextContent.ShouldBe("Links");
        site.Text("feed.xml").ShouldContain("🔗 Links");
    }

    [Theory]
    [InlineData(
        "vtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Maya>Hello &amp; welcome.\n\n00:01:02.600 --> 00:01:05.000\n<v Maya>Still me.\n\n00:01:06.000 --> 00:01:08.000\n<v Jane>And me.\n"
    )]
    [InlineData(
        "srt",
        "1\n00:00:01,000 --> 00:00:04,000\nHello & welcome.\n\n2\n00:01:02,600 --> 00:01:05,000\nStill me.\n\n3\n00:01:06,000 --> 00:01:08,000\nAnd me.\n"
    )]
    [InlineData(
        "json",
        """{ "segments": [ { "speaker": "Maya", "startTime": 1, "body": "Hello & welcome." }, { "speaker": "Maya", "startTime": 62.6, "body": "Still me." }, { "speaker": "Jane", "startTime": 66, "body": "And me." } ] }"""
    )]
    public void A_transcript_gets_a_page_whose_lines_open_the_episode_at_their_time(string format, string transcript)
    {
        var fixture =
            TestSite.Show
            + "\n"
            + TestSite.Episode.Replace("guest:", $"transcript: assets/t.{format}\nguest:")
            + $"\n-- input/assets/t.{format} --\n{transcript}";
        var site = TestSite.Build(fixture).ShouldSucceed();

        var page = site.Html("episodes/hello/transcript/index.html");
        var lines = page.QuerySelectorAll(".transcript li").ToList();
        lines.Select(l => l.QuerySelector(".cue-text")!.TextContent).ShouldBe(["Hello & welcome.", "Still me.", "And me."]);
        lines
            .Select(l => l.QuerySelector("a.cue-time")!.GetAttribute("href"))
            .ShouldBe(["/episodes/hello/#t=1", "/episodes/hello/#t=63", "/episodes/hello/#t=66"]);
        if (format != "srt")
            lines.Select(l => l.QuerySelector(".speaker")?.TextContent).ShouldBe(["Maya", null, "Jane"], "a speaker is named where the speaker changes");
        site.Html("episodes/hello/index.html").QuerySelector(".player-links a[href='/episodes/hello/transcript/']").ShouldNotBeNull();
    }

    [Fact]
    public void A_guest_page_shows_the_bio_and_photo_and_the_guest_index_shows_photos()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + Second).ShouldSucceed();

        var guest = site.Html("guests/jane-doe/index.html");
        guest.QuerySelector(".bio strong")!.TextContent.ShouldBe("compilers");
        guest.QuerySelector(".guest-header img.photo")!.GetAttribute("src").ShouldBe("https://example.com/jane.jpg");
        site.Html("guests/index.html").QuerySelector(".guest-index img")!.GetAttribute("src").ShouldBe("https://example.com/jane.jpg");
    }

    [Fact]
    public void A_guest_without_a_photo_is_shown_by_the_whole_first_character_of_their_name()
    {
        var site = TestSite
            .Build(TestSite.Show + "\n" + TestSite.Episode.Replace("  - name: Jane Doe\n", "  - name: 😀 Smiley\n  - name: élodie\n  - name: <b>old\n"))
            .ShouldSucceed();

        site.Html("guests/index.html")
            .QuerySelectorAll(".guest-index .initial")
            .Select(i => i.TextContent)
            .Order(StringComparer.Ordinal)
            .ShouldBe(["<", "É", "😀"]);
    }

    [Fact]
    public void A_show_without_guests_has_no_guests_link_in_the_menu()
    {
        var without = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode.Replace("guest:\n  - name: Jane Doe\n", "")).ShouldSucceed();
        var with = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode).ShouldSucceed();

        without.Html("index.html").QuerySelectorAll(".site-header nav a").Select(a => a.TextContent).ShouldNotContain("Guests");
        with.Html("index.html").QuerySelectorAll(".site-header nav a").Select(a => a.TextContent).ShouldContain("Guests");
    }

    [Fact]
    public void An_episode_page_tells_link_previews_and_search_engines_about_itself_with_absolute_addresses()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode).ShouldSucceed();

        var page = site.Html("episodes/hello/index.html");
        string Meta(string selector) => page.QuerySelector(selector)!.GetAttribute("content")!;
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.com/episodes/hello/");
        Meta("meta[property='og:image']").ShouldBe("https://example.com/assets/cover.jpg");
        Meta("meta[property='og:audio']").ShouldBe("https://media.example.com/1.mp3");
        Meta("meta[name='twitter:card']").ShouldBe("summary_large_image");
        page.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href").ShouldBe("https://example.com/feed.xml");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        json.RootElement.GetProperty("@type").GetString().ShouldBe("PodcastEpisode");
        json.RootElement.GetProperty("timeRequired").GetString().ShouldBe("PT30M");
        json.RootElement.GetProperty("associatedMedia").GetProperty("contentUrl").GetString().ShouldBe("https://media.example.com/1.mp3");
        json.RootElement.GetProperty("partOfSeries").GetProperty("url").GetString().ShouldBe("https://example.com/");
        using var series = JsonDocument.Parse(site.Html("index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        series.RootElement.GetProperty("@type").GetString().ShouldBe("PodcastSeries");
    }

    [Fact]
    public void A_title_that_closes_a_script_element_stays_inside_the_json_ld()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode.Replace("title: Hello", "title: \"</script><b>x\"")).ShouldSucceed();

        site.Text("episodes/hello/index.html").ShouldNotContain("</script><b>");
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap_and_the_feed_points_browsers_at_its_stylesheet()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode).ShouldSucceed();

        site.Text("robots.txt").ShouldContain("Sitemap: https://example.com/sitemap.xml");
        site.Text("feed.xml").ShouldContain("<?xml-stylesheet type=\"text/xsl\" href=\"/feed.xsl\"?>");
        site.Has("feed.xsl").ShouldBeTrue();
    }

    [Fact]
    public void The_feed_as_a_browser_shows_it_speaks_the_words_of_the_themes_strings()
    {
        var strings = File.ReadAllText(Repo.PathOf("theme/strings.yml"))
            .Replace("feed_page_episodes: Episodes", "feed_page_episodes: Folgen")
            .Replace("feed_page_website: the website", "feed_page_website: die Website");
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + "\n-- theme/strings.yml --\n" + strings).ShouldSucceed();

        var xsl = site.Text("feed.xsl");
        xsl.ShouldContain("<h2>Folgen</h2>", customMessage: "the episode list's heading comes from strings.yml");
        xsl.ShouldContain(">die Website</a>");
        xsl.ShouldContain("<xsl:value-of select=\"title\"/>", customMessage: "the XSL itself is left as it is");
        XDocument.Parse(xsl).Root!.Name.LocalName.ShouldBe("stylesheet");
    }

    [Fact]
    public void A_themes_strings_that_lack_a_newer_word_fall_back_on_the_built_in_one_with_a_warning()
    {
        // A translation made before a release added `latest_episodes`.
        var strings = File.ReadAllText(Repo.PathOf("theme/strings.yml")).Replace("latest_episodes: Latest episodes\n", "");
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + "\n-- theme/strings.yml --\n" + strings).ShouldSucceed();

        site.Html("index.html").QuerySelector("h2.list-heading")!.TextContent.ShouldBe("Latest episodes");
        site.Result.Diagnostics.ShouldContain(
            d => d.Severity == Severity.Warning && d.Path == "theme/strings.yml" && d.Message.Contains("`latest_episodes` is missing"),
            "the podcaster should learn which word to translate"
        );
    }

    [Fact]
    public void A_themes_own_finished_feed_stylesheet_is_published_as_it_is()
    {
        const string own = "<?xml version=\"1.0\"?><xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>";
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + "\n-- theme/static/feed.xsl --\n" + own).ShouldSucceed();

        site.Text("feed.xsl").Trim().ShouldBe(own);
    }
}
