using System.Text;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using PodcastSite.Text;
using Shouldly;

namespace PodcastSite.Tests.Site;

/// <summary>
/// Whatever a podcaster types, in any text field or any Markdown, the feed is well-formed XML (xmllint says so) with
/// only safe absolute links, and every page parses to the end with the text shown as text. Each property builds
/// 100 small sites in memory, a few seconds.
/// </summary>
public sealed class AnyInputPropertyTests
{
    private static readonly XNamespace Content = PodcastFeed.Content;

    /// <summary>Every plain-text field of podcast.yml and of an episode's front matter.</summary>
    public sealed record TextFields(string[] Values)
    {
        public string this[int i] => Values[i];

        public override string ToString() => string.Join(" | ", Values.Select(AnyText.Visible));
    }

    /// <summary>Everything written in Markdown: the show description, an episode body, a link line, sponsor text, a free page.</summary>
    public sealed record MarkdownFields(string[] Values)
    {
        public string this[int i] => Values[i];

        public override string ToString() => string.Join(" | ", Values.Select(AnyText.Visible));
    }

    public static class Arbitraries
    {
        public static Arbitrary<TextFields> Text() => Arb.From(Gen.ArrayOf(AnyText.Plain, 13).Select(v => new TextFields(v)));

        public static Arbitrary<MarkdownFields> Markdown() => Arb.From(Gen.ArrayOf(AnyText.MarkdownText, 5).Select(v => new MarkdownFields(v)));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Arbitraries)])]
    public void Any_text_in_any_field_gives_a_well_formed_feed_and_pages_that_show_it_as_text(TextFields text)
    {
        XmlLint.Require();
        // Required fields may not be blank, so each value starts with a letter; the rest is anything.
        string Q(int i) => AnyText.YamlQuoted("x" + text[i]);
        var fixture = $$"""
            -- input/podcast.yml --
            title: {{Q(0)}}
            description: A show made for tests.
            base_url: https://example.com/
            image: assets/cover.jpg
            author: {{Q(1)}}
            owner: { name: {{Q(2)}}, email: owner@example.com }
            categories: [Technology]
            copyright: {{Q(3)}}
            subtitle: {{Q(4)}}
            hosts: [{ name: {{Q(5)}} }]
            funding: [{ url: "https://example.com/fund", text: {{Q(6)}} }]
            -- input/assets/cover.jpg --
            @file input/assets/images/cover.jpg
            -- input/episodes/2026-01-15-hello.md --
            ---
            title: {{Q(7)}}
            date: 2026-01-15T10:00:00Z
            guid: hello-guid
            audio: { url: "https://media.example.com/1.mp3", length: 1000, duration: "30:00" }
            summary: {{Q(8)}}
            guest: [{ name: {{Q(9)}} }]
            links: [{ title: {{Q(10)}}, url: "https://example.com/link" }]
            sponsor: { name: {{Q(11)}}, url: "https://sponsor.example.com", text: Anvils. }
            chapters: [{ start: "0:00", title: {{Q(12)}} }]
            ---
            The body.
            """;

        var site = TestSite.Build(fixture).ShouldSucceed();

        var episode = site.Result.Site!.Episodes.Single();
        var item = WellFormedFeed(site).Descendants("item").Single();
        item.Element("title")!.Value.ShouldBe(AsParsed(episode.FullTitle).Trim());
        foreach (var path in Pages(site))
        {
            var (document, errors) = Parse(site.Text(path));
            errors.ShouldBeEmpty($"{path} does not parse cleanly:\n{site.Text(path)}");
            ShouldEndAsTheLayoutEnds(document, path);
        }
        var page = Parse(site.Text("episodes/hello/index.html")).Document;
        page.QuerySelector("h1")!.TextContent.ShouldBe(AsParsed(episode.FullTitle));
        page.QuerySelector(".people a")!.TextContent.ShouldBe(AsParsed(episode.Guests.Single().Name));
        page.QuerySelector(".notes-chapters li")!.TextContent.ShouldBe("00:00 " + AsParsed(episode.Chapters.Single().Title));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Arbitraries)])]
    public void Any_markdown_gives_a_well_formed_feed_with_safe_absolute_links_and_pages_that_parse_to_the_end(MarkdownFields markdown)
    {
        XmlLint.Require();
        var fixture = $$"""
            -- input/podcast.yml --
            title: Test Show
            description: {{AnyText.YamlQuoted("x" + markdown[0])}}
            base_url: https://example.com/show/
            image: assets/cover.jpg
            author: Test Author
            owner: { name: Test Owner, email: owner@example.com }
            categories: [Technology]
            -- input/assets/cover.jpg --
            @file input/assets/images/cover.jpg
            -- input/pages/about.md --
            ---
            title: About
            ---
            {{markdown[4]}}
            -- input/episodes/2026-01-15-hello.md --
            ---
            title: Hello
            date: 2026-01-15T10:00:00Z
            guid: hello-guid
            audio: { url: "https://media.example.com/1.mp3", length: 1000, duration: "30:00" }
            links: [{{AnyText.YamlQuoted("x" + markdown[2])}}]
            sponsor: { name: Acme, text: {{AnyText.YamlQuoted("x" + markdown[3])}} }
            ---
            {{markdown[1]}}
            """;

        var site = TestSite.Build(fixture).ShouldSucceed();

        var item = WellFormedFeed(site).Descendants("item").Single();
        var description = item.Element("description")!.Value;
        Encoding.UTF8.GetByteCount(description).ShouldBeLessThanOrEqualTo(FeedDescription.MaxBytes);
        foreach (var (name, html) in new[] { ("description", description), ("content:encoded", item.Element(Content + "encoded")!.Value) })
        {
            var fragment = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
            foreach (var element in fragment.Descendants<IElement>())
            {
                element.Attributes.Select(a => a.Name).ShouldAllBe(a => !a.StartsWith("on"), $"{name}: {element.OuterHtml}");
                foreach (var url in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
                    url.ShouldSatisfyAllConditions(
                        $"{name} links to `{url}`",
                        () => (url.StartsWith("https://") || url.StartsWith("http://") || url.StartsWith("mailto:")).ShouldBeTrue()
                    );
            }
            if (name == "description")
                fragment
                    .Descendants<IElement>()
                    .Select(e => e.LocalName)
                    .Distinct()
                    .ShouldBeSubsetOf(["p", "a", "ul", "ol", "li", "strong", "em", "b", "i", "br"]);
        }
        // The pages that show Markdown: the show description, the notes, the free page.
        foreach (var path in new[] { "index.html", "episodes/hello/index.html", "about/index.html" })
            ShouldEndAsTheLayoutEnds(Parse(site.Text(path)).Document, path);
    }

    private static XDocument WellFormedFeed(TestSite site)
    {
        var bytes = ((PodcastSite.Rendering.GeneratedFile)site.Result.Files.Single(f => f.Path == "feed.xml")).Content;
        XmlLint.Problems(bytes).ShouldBeNull(Encoding.UTF8.GetString(bytes));
        return XDocument.Parse(Encoding.UTF8.GetString(bytes));
    }

    private static IEnumerable<string> Pages(TestSite site) => site.Result.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal));

    private static (IHtmlDocument Document, List<string> Errors) Parse(string html)
    {
        var parser = new HtmlParser();
        var errors = new List<string>();
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position}: {error.Message}" : e.ToString()!);
        return (parser.ParseDocument(html), errors);
    }

    /// <summary>Nothing a field held swallowed the rest of the page: the layout's footer and closing script are where base.html puts them.</summary>
    private static void ShouldEndAsTheLayoutEnds(IHtmlDocument document, string path)
    {
        // The embed player is a page of its own, without base.html's frame: its player closes it.
        if (path.EndsWith("/embed/index.html", StringComparison.Ordinal))
        {
            document.QuerySelector("body > main.embed > .embed-text > audio").ShouldNotBeNull($"{path} lost its player:\n{document.DocumentElement.OuterHtml}");
            return;
        }
        document.QuerySelector("body > footer.site-footer").ShouldNotBeNull($"{path} lost its footer:\n{document.DocumentElement.OuterHtml}");
        (document.Body!.LastElementChild!.GetAttribute("src") ?? "").ShouldEndWith(
            "/js/player.js",
            customMessage: $"{path} does not end with the layout's script"
        );
    }

    /// <summary>What a parser reads back from escaped text: no forbidden character, line ends as line feeds.</summary>
    private static string AsParsed(string text) => ForbiddenCharacters.Remove(text).Replace("\r\n", "\n").Replace('\r', '\n');
}
