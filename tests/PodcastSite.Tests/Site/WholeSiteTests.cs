using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

public sealed class WholeSiteTests
{
    private const string TwoEpisodes =
        TestSite.Show
        + "\n"
        + TestSite.Episode
        + """

            -- input/episodes/2026-02-01-second.md --
            ---
            title: Second
            date: 2026-02-01
            number: 2
            guid: second-guid
            audio: { url: "https://media.example.com/2.mp3", length: 2000, duration: "45:12" }
            guest: { name: "  Jane   Doe " }
            ---
            The second episode.
            """;

    [Fact]
    public void Every_published_episode_and_guest_gets_a_page()
    {
        var site = TestSite.Build(TwoEpisodes).ShouldSucceed();

        site.Has("index.html").ShouldBeTrue();
        site.Has("episodes/hello/index.html").ShouldBeTrue();
        site.Has("episodes/second/index.html").ShouldBeTrue();
        site.Has("guests/index.html").ShouldBeTrue();
        site.Has("404.html").ShouldBeTrue();
        site.Has("feed.xml").ShouldBeTrue();
        site.Has("search.json").ShouldBeTrue();
        site.Has("assets/cover.jpg").ShouldBeTrue();
        site.Has("css/site.css").ShouldBeTrue();
    }

    [Fact]
    public void A_recurring_guest_has_one_page_listing_every_episode_newest_first()
    {
        var site = TestSite.Build(TwoEpisodes).ShouldSucceed();

        var links = site.Html("guests/jane-doe/index.html").QuerySelectorAll(".episode-card h3 a").Select(a => a.TextContent).ToList();
        links.ShouldBe(["Second", "Hello"]);
        site.Result.Site!.Guests.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(false, false, 1)]
    [InlineData(true, false, 2)]
    [InlineData(false, true, 2)]
    [InlineData(true, true, 3)]
    public void Drafts_and_scheduled_episodes_are_published_only_when_asked(bool drafts, bool future, int expected)
    {
        var fixture =
            TestSite.Show
            + "\n"
            + TestSite.Episode
            + """

                -- input/episodes/draft.md --
                ---
                title: Not ready
                date: 2026-03-01
                draft: true
                audio: { url: "https://media.example.com/d.mp3", length: 10 }
                ---
                -- input/episodes/2099-01-01-later.md --
                ---
                title: Later
                date: 2099-01-01
                audio: { url: "https://media.example.com/l.mp3", length: 10 }
                ---
                """;

        var site = TestSite.Build(fixture, new BuildOptions(TestSite.DefaultNow, drafts, future)).ShouldSucceed();

        site.Result.Site!.Episodes.Count.ShouldBe(expected);
        site.Has("episodes/draft/index.html").ShouldBe(drafts);
        site.Has("episodes/later/index.html").ShouldBe(future);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void The_media_of_drafts_and_scheduled_episodes_are_published_only_with_them(bool drafts, bool future)
    {
        // The published episode and the draft share one file, which stays; each left-out episode's own media go.
        var fixture =
            TestSite.Show
            + "\n"
            + TestSite.Episode.Replace("guest:", "transcript: assets/shared.vtt\nguest:")
            + """

                -- input/episodes/draft.md --
                ---
                title: Not ready
                date: 2026-03-01
                draft: true
                audio: assets/audio/draft.mp3
                transcript: assets/draft.vtt
                image: assets/cover.jpg
                ---
                -- input/episodes/2026-03-02-also-draft.md --
                ---
                title: Also not ready
                date: 2026-03-02
                draft: true
                audio: { url: "https://media.example.com/a.mp3", length: 10 }
                transcript: assets/shared.vtt
                ---
                -- input/episodes/2099-01-01-later.md --
                ---
                title: Later
                date: 2099-01-01
                audio: assets/audio/later.mp3
                ---
                -- input/assets/audio/draft.mp3 --
                @audio cbr.mp3
                -- input/assets/audio/later.mp3 --
                @audio id3v23-id3v1.mp3
                -- input/assets/shared.vtt --
                WEBVTT

                00:00.000 --> 00:01.000
                Hi.
                -- input/assets/draft.vtt --
                WEBVTT

                00:00.000 --> 00:01.000
                Hello.
                """;

        var site = TestSite.Build(fixture, new BuildOptions(TestSite.DefaultNow, drafts, future)).ShouldSucceed();

        site.Has("assets/audio/draft.mp3").ShouldBe(drafts, "a draft's audio is published with the draft");
        site.Has("assets/draft.vtt").ShouldBe(drafts, "a draft's transcript is published with the draft");
        site.Has("assets/audio/later.mp3").ShouldBe(future, "a scheduled episode's audio is published on its date");
        site.Has("assets/shared.vtt").ShouldBeTrue("a published episode uses it too");
        site.Has("assets/cover.jpg").ShouldBeTrue("the show's cover is the show's, whichever episode names it");
    }

    [Fact]
    public void A_readme_in_the_episodes_folder_is_a_note_for_people_not_an_episode()
    {
        var fixture = TestSite.Show + "\n" + TestSite.Episode + "\n-- input/episodes/README.md --\n# How we write episodes\n\nOne file per episode.\n";

        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Result.Diagnostics.ShouldBeEmpty();
        site.Result.Site!.Episodes.ShouldHaveSingleItem().Slug.ShouldBe("hello");
    }

    [Fact]
    public void The_home_page_lists_the_newest_episodes_and_pages_through_the_rest()
    {
        var episodes = string.Concat(
            Enumerable
                .Range(1, 12)
                .Select(i =>
                    $"""

                        -- input/episodes/2026-01-{i:00}-episode-{i}.md --
                        ---
                        title: Episode {i}
                        date: 2026-01-{i:00}
                        guid: guid-{i}
                        audio: {"{"} url: "https://media.example.com/{i}.mp3", length: 10 {"}"}
                        ---
                        """
                )
        );

        var site = TestSite.Build(WithShowKey("page_size: 5") + episodes).ShouldSucceed();

        Titles(site, "index.html").ShouldBe(["Episode 12", "Episode 11", "Episode 10", "Episode 9", "Episode 8"]);
        Titles(site, "page/3/index.html").ShouldBe(["Episode 2", "Episode 1"]);
        site.Html("page/2/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/page/3/");
        site.Html("page/2/index.html").QuerySelector("a[rel=prev]")!.GetAttribute("href").ShouldBe("/");
        site.Has("page/4/index.html").ShouldBeFalse();
    }

    [Fact]
    public void A_base_url_with_a_path_prefixes_every_link_and_asset()
    {
        var fixture = TwoEpisodes.Replace("base_url: https://example.com/", "base_url: https://user.github.io/show");

        var site = TestSite.Build(fixture).ShouldSucceed();

        foreach (var page in site.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = site.Html(page.Path);
            var urls = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).Where(u => u.StartsWith('/'));
            foreach (var url in urls)
                url.ShouldStartWith("/show/", customMessage: $"{page.Path} links to {url}");
        }
        site.Text("feed.xml").ShouldContain("<atom:link href=\"https://user.github.io/show/feed.xml\"");
        site.Text("feed.xml").ShouldContain("<link>https://user.github.io/show/episodes/hello/</link>");
    }

    [Fact]
    public void The_title_template_composes_titles_of_pages_and_feed_items()
    {
        var site = TestSite.Build(WithShowKey("title_template: \"{{ title }} - {{ guest_names }}\"") + "\n" + TestSite.Episode).ShouldSucceed();

        site.Html("episodes/hello/index.html").QuerySelector("h1")!.TextContent.ShouldBe("Hello - Jane Doe");
        site.Text("feed.xml").ShouldContain("<title>Hello - Jane Doe</title>");
    }

    [Theory]
    [InlineData("{{ while true }}{{ end }}", "Exceeding number of iteration limit")]
    [InlineData("{{ func f; ret f; end; f }}", "Exceeding number of recursive depth limit")]
    [InlineData("{{ include 'x' }}", "Unable to include <x>")]
    public void A_title_template_that_never_ends_or_reaches_outside_is_one_error_at_its_line(string template, string why)
    {
        var site = TestSite.Build(WithShowKey($"title_template: \"{template}\"") + "\n" + TestSite.Episode);

        var error = site.Errors.ShouldHaveSingleItem().ToString();
        error.ShouldStartWith("input/podcast.yml(");
        error.ShouldContain($"error: `title_template` is not a valid template: {why}");
    }

    // TestSite.Episode again, a week later, as episode 2 of its own file, guid and audio.
    private static readonly string SecondEpisode = TestSite
        .Episode.Replace("2026-01-15-hello", "2026-01-22-again")
        .Replace("number: 1", "number: 2")
        .Replace("hello-guid", "again-guid")
        .Replace("1.mp3", "2.mp3");

    [Fact]
    public void A_title_template_that_fails_on_one_episode_only_is_an_error_at_that_episode()
    {
        var fixture =
            WithShowKey("title_template: \"{{ if number == 2 }}{{ while true }}{{ end }}{{ end }}{{ title }}\"")
            + "\n"
            + TestSite.Episode
            + "\n"
            + SecondEpisode;

        var site = TestSite.Build(fixture);

        site.Errors.ShouldHaveSingleItem()
            .ToString()
            .ShouldBe(
                "input/episodes/2026-01-22-again.md(2,8): error: podcast.yml's `title_template` fails for this episode: Exceeding number of iteration limit `200` for loop statement"
            );
    }

    [Fact]
    public void Two_assets_named_alike_in_two_Unicode_forms_are_an_error_since_macOS_keeps_one()
    {
        var composed = "caf\u00e9.txt";
        var decomposed = "cafe\u0301.txt";
        var fixture = TestSite.Show + "\n" + TestSite.Episode + $"\n-- input/assets/{composed} --\none\n-- input/assets/{decomposed} --\ntwo\n";

        var site = TestSite.Build(fixture);

        site.Errors.ShouldHaveSingleItem()
            .Message.ShouldBe(
                $"`assets/{composed}` is named twice, in two Unicode forms of the same letters (input/assets/{decomposed} and input/assets/{composed}); it would be one file on macOS and on many hosts: remove or rename one"
            );
    }

    [Fact]
    public void Two_guests_whose_names_make_one_page_address_are_an_error_at_a_guest_list()
    {
        var second = SecondEpisode.Replace("Jane Doe", "Jane Döe");

        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + "\n" + second);

        site.Errors.ShouldHaveSingleItem()
            .ToString()
            .ShouldBe(
                "input/episodes/2026-01-15-hello.md(8,3): error: guests `Jane Döe` (input/episodes/2026-01-22-again.md) and `Jane Doe` (input/episodes/2026-01-15-hello.md) would share the page /guests/jane-doe/; spell the names alike or apart"
            );
    }

    [Fact]
    public void Timestamps_seek_the_player_on_the_page_and_stay_text_in_the_feed()
    {
        var fixture =
            TestSite.Show + "\n" + TestSite.Episode.Replace("The first episode.", "We get there at [12:34], not `[1:00]`, nor [1:00](https://x.example).");

        var site = TestSite.Build(fixture).ShouldSucceed();

        var link = site.Html("episodes/hello/index.html").QuerySelector(".notes a.timestamp")!;
        link.GetAttribute("href").ShouldBe("#t=754");
        link.TextContent.ShouldBe("12:34");
        site.Html("episodes/hello/index.html").QuerySelector(".notes code")!.TextContent.ShouldBe("[1:00]");
        site.Text("feed.xml").ShouldContain("We get there at [12:34]");
        site.Text("feed.xml").ShouldNotContain("#t=754");
    }

    [Fact]
    public void Show_notes_sections_come_in_order_body_guests_chapters_links_youtube_sponsor()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + FullEpisode).ShouldSucceed();

        var sections = site.Html("episodes/full/index.html").QuerySelectorAll(".notes section").Select(s => s.ClassName).ToList();
        sections.ShouldBe(["notes-guests", "notes-chapters", "notes-links", "notes-sponsors"]);
        site.Text("feed.xml").ShouldContain("YouTube</strong>");
    }

    [Fact]
    public void The_page_plays_the_youtube_video_after_the_notes_instead_of_listing_its_link_among_them()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + FullEpisode).ShouldSucceed();

        var page = site.Html("episodes/full/index.html");
        page.QuerySelector(".notes-youtube").ShouldBeNull("the video is on the page; a YouTube section would say it twice");
        var facade = page.QuerySelector(".notes ~ .video a.video-facade").ShouldNotBeNull("the video belongs after the notes");
        facade.GetAttribute("data-embed")!.ShouldStartWith("https://www.youtube-nocookie.com/embed/");
        page.QuerySelectorAll("iframe").ShouldBeEmpty("no request reaches YouTube until the listener presses play");
    }

    [Fact]
    public void Unknown_front_matter_keys_reach_templates_as_page_extra()
    {
        var fixture =
            TestSite.Show
            + "\n"
            + TestSite.Episode.Replace("number: 1", "number: 1\nmood: relaxed")
            + """

                -- theme/layouts/episode.html --
                {{ capture main }}<p id="mood">{{ page.extra.mood }}</p>{{ end }}
                """;

        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Html("episodes/hello/index.html").QuerySelector("#mood")!.TextContent.ShouldBe("relaxed");
    }

    [Fact]
    public void The_summary_defaults_to_the_first_paragraph_cut_at_a_word_boundary()
    {
        var words = string.Join(' ', Enumerable.Repeat("podcast", 40));
        var site = TestSite
            .Build(TestSite.Show + "\n" + TestSite.Episode.Replace("The first episode.", $"**Bold** start, {words}.\n\nSecond paragraph."))
            .ShouldSucceed();

        var summary = site.Result.Site!.Episodes[0].Summary;
        summary.ShouldStartWith("Bold start, podcast podcast");
        summary.ShouldEndWith("podcast…");
        summary.Length.ShouldBeLessThanOrEqualTo(200);
    }

    [Fact]
    public void A_captured_block_is_written_out_as_often_and_as_indented_as_the_base_layout_says()
    {
        // Pages write a captured block straight into the page; Scriban's rules for it must hold as they did.
        var fixture =
            TestSite.Show
            + "\n"
            + TestSite.Episode
            + """

                -- theme/layouts/episode.html --
                {{~ capture main ~}}
                <p>a</p>
                <p>b</p>
                {{~ end ~}}
                -- theme/layouts/base.html --
                <main>
                  {{ main }}
                </main>
                {{ main }}|{{ main | string.upcase }}
                """;

        var site = TestSite.Build(fixture).ShouldSucceed();

        // What Scriban itself writes: the block keeps the line break before `{{~ end`, and each line of it is indented.
        site.Text("episodes/hello/index.html").ShouldBe("<main>\n  <p>a</p>\n  <p>b</p>\n\n</main>\n<p>a</p>\n<p>b</p>\n|<P>A</P>\n<P>B</P>\n\n");
    }

    [Fact]
    public void A_template_typo_fails_the_build_at_its_line_and_column()
    {
        var fixture =
            TestSite.Show
            + "\n"
            + TestSite.Episode
            + """

                -- theme/layouts/404.html --
                {{ capture main }}
                <p>{{ page.no_such_thing }}</p>
                {{ end }}
                """;

        var site = TestSite.Build(fixture);

        site.Result.Succeeded.ShouldBeFalse();
        site.Errors.ShouldContain(d => d.Path == "theme/layouts/404.html" && d.Line == 2);
    }

    [Theory]
    [InlineData("{{ page.fulltitle }}", 9, "`page` has no `fulltitle`; did you mean `full_title`?")]
    [InlineData("{{ page.title | string.upcasee }}", 24, "`string` has no `upcasee`; did you mean `upcase`?")]
    [InlineData("{{ for g in page.guests }}{{ g.nme }}{{ end }}", 32, "`g` has no `nme`; did you mean `name`?")]
    [InlineData("{{ site.rss }}", 9, "`site` has no `rss`; it has `")]
    public void A_misspelt_member_in_a_template_is_an_error_that_names_what_is_there(string line, int column, string message)
    {
        var fixture = TestSite.Show + "\n" + TestSite.Episode + $"\n-- theme/layouts/episode.html --\n{{{{ capture main }}}}\n{line}\n{{{{ end }}}}\n";

        var error = TestSite.Build(fixture).Errors.ShouldHaveSingleItem();

        (error.Path, error.Line, error.Column).ShouldBe(("theme/layouts/episode.html", 2, column));
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public void Free_pages_are_published_at_their_slug_and_linked_from_every_page()
    {
        var fixture =
            TwoEpisodes
            + """

                -- input/pages/about.md --
                ---
                title: About the show
                ---
                We talk about *things*.
                """;

        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Html("about/index.html").QuerySelector("article h1")!.TextContent.ShouldBe("About the show");
        site.Html("about/index.html").QuerySelector("article em")!.TextContent.ShouldBe("things");
        site.Html("episodes/hello/index.html").QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ShouldContain("/about/");
    }

    [Fact]
    public void A_page_cannot_take_a_path_the_site_uses()
    {
        var fixture =
            TwoEpisodes
            + """

                -- input/pages/episodes.md --
                ---
                title: All episodes
                ---
                """;

        var site = TestSite.Build(fixture);

        site.Errors.ShouldHaveSingleItem().ToString().ShouldContain("input/pages/episodes.md(2,1): error: a page cannot be published at `/episodes/`");
    }

    [Fact]
    public void A_trailer_without_audio_gets_a_page_but_no_feed_item()
    {
        var fixture =
            TwoEpisodes
            + """

                -- input/episodes/2026-03-01-coming-soon.md --
                ---
                title: Coming soon
                date: 2026-03-01
                type: trailer
                guid: trailer
                ---
                A new season is on its way.
                """;

        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Has("episodes/coming-soon/index.html").ShouldBeTrue();
        site.Text("feed.xml").ShouldNotContain("Coming soon");
    }

    [Fact]
    public void An_episode_can_name_the_shows_hosts_or_bring_its_own()
    {
        var fixture = TwoEpisodes
            .Replace(
                "categories: [Technology]",
                """
                categories: [Technology]
                hosts:
                  - { name: Maya Host, url: "https://maya.example.com" }
                  - { name: Tom Host }
                """
            )
            .Replace("number: 1\n", "number: 1\nhosts: [Maya Host, { name: Guest Host, role: guest host }]\n");

        var site = TestSite.Build(fixture).ShouldSucceed();

        var hello = site.Result.Site!.Episodes.Single(e => e.Slug == "hello");
        hello
            .Hosts.Select(h => (h.Name, h.Role, h.Url?.AbsoluteUri))
            .ShouldBe([("Maya Host", "host", "https://maya.example.com/"), ("Guest Host", "guest host", null)]);
        site.Result.Site.Episodes.Single(e => e.Slug == "second").Hosts.Select(h => h.Name).ShouldBe(["Maya Host", "Tom Host"]);
        site.Text("feed.xml").ShouldContain("<podcast:person role=\"guest host\" group=\"cast\">Guest Host</podcast:person>");
    }

    [Fact]
    public void A_local_audio_file_with_a_non_ascii_name_is_linked_percent_encoded()
    {
        var fixture =
            TestSite.Show
            + """

                -- input/episodes/2026-01-15-cafe.md --
                ---
                title: Café
                date: 2026-01-15
                guid: cafe
                audio: assets/épisode 1.mp3
                ---
                -- input/assets/épisode 1.mp3 --
                @audio cbr.mp3
                """;

        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Has("assets/épisode 1.mp3").ShouldBeTrue();
        site.Text("feed.xml").ShouldContain("url=\"https://example.com/assets/%C3%A9pisode%201.mp3\"");
        site.Html("episodes/cafe/index.html").QuerySelector("audio")!.GetAttribute("src").ShouldBe("/assets/%C3%A9pisode%201.mp3");
    }

    [Fact]
    public void Dates_on_pages_are_in_the_shows_time_zone()
    {
        var fixture =
            TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\ntimezone: America/Los_Angeles")
            + "\n"
            + TestSite.Episode.Replace("date: 2026-01-15T10:00:00Z", "date: 2026-01-15T03:00:00Z");

        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Html("episodes/hello/index.html").QuerySelector("time")!.TextContent.ShouldBe("January 14, 2026");
        site.Text("feed.xml").ShouldContain("<pubDate>Thu, 15 Jan 2026 03:00:00 GMT</pubDate>");
    }

    public const string FullEpisode = """
        -- input/episodes/full.md --
        ---
        title: Full
        date: 2026-01-20
        guid: full-guid
        audio: { url: "https://media.example.com/full.mp3", length: 5000, duration: "1:00:00" }
        guest: [{ name: Jane Doe, url: "https://jane.example.com" }]
        chapters:
          - { start: "0:00", title: Intro }
          - { start: "2:15", title: "What is it?", url: "https://example.com/it" }
        links:
          - { title: django-bolt, url: "https://github.com/example/django-bolt" }
          - "[Jane's site](https://jane.example.com) and [GitHub](https://github.com/jane)"
        youtube: https://www.youtube.com/watch?v=abcdefghijk
        sponsor:
          name: Six Feet Up
          url: https://sixfeetup.example.com
          text: This episode is brought to you by **Six Feet Up**.
        ---
        The body comes first.
        """;

    private static string WithShowKey(string line) => TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + line);

    private static List<string> Titles(TestSite site, string page) =>
        site.Html(page).QuerySelectorAll(".episode-card h3 a").Select(a => a.TextContent).ToList();
}
