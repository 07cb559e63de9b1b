using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

/// <summary>U+0000 and the other characters XML or HTML forbid never reach a page or the feed, whichever field they were typed in.</summary>
public sealed class ForbiddenCharacterTests
{
    // YAML double-quoted escapes: NUL, BEL, form feed, a C1 control, U+FFFE and U+FFFF (YAML refuses lone surrogates itself).
    private const string Nasty = @"\0\a\f\x85\uFFFE\uFFFF";

    private static readonly string Fixture =
        TestSite
            .Show.Replace("title: Test Show", $"title: \"Test{Nasty} Show\"")
            .Replace("author: Test Author", $"author: \"Test{Nasty} Author\"")
            .Replace("owner: { name: Test Owner, email: owner@example.com }", $"owner: {{ name: \"Test{Nasty} Owner\", email: owner@example.com }}")
        + "\n"
        + TestSite
            .Episode.Replace("title: Hello", $"title: \"Hel{Nasty}lo\"")
            .Replace(
                "  - name: Jane Doe",
                $$"""
                  - name: "Jane{{Nasty}} Doe"
                chapters:
                  - { start: "0:00", title: "Intro{{Nasty}}" }
                links:
                  - { title: "Link{{Nasty}}", url: "https://example.com/link" }
                  - "[Line{{Nasty}}](https://example.com/line)"
                sponsor: { name: "Acme{{Nasty}}", text: "Anvils{{Nasty}}" }
                summary: "Sum{{Nasty}}mary"
                """
            )
            .Replace("The first episode.", "Body \u0000 with \u0001 controls \u000B and \u007F more.");

    [Fact]
    public void The_feed_carries_none_of_them_and_stays_well_formed()
    {
        var site = TestSite.Build(Fixture).ShouldSucceed();

        var feed = site.Text("feed.xml");
        ShouldHaveNoForbiddenCharacter(feed);
        var item = XDocument.Parse(feed).Descendants("item").Single();
        item.Element("title")!.Value.ShouldBe("Hello");
        item.Element("description")!.Value.ShouldContain("<li>00:00 Intro</li>");
        feed.ShouldContain("<itunes:author>Test Author</itunes:author>");
        feed.ShouldContain("<itunes:name>Test Owner</itunes:name>");
        // Reading the file leaves them out (with a warning where each was), before Markdown sees a U+0000.
        feed.ShouldContain("Body  with  controls  and  more.");
        site.Warnings.ShouldContain(w => w.Message.StartsWith("an invisible control character (U+0000) is here and was left out"));
    }

    [Fact]
    public void No_page_carries_any_of_them()
    {
        var site = TestSite.Build(Fixture).ShouldSucceed();

        foreach (var page in site.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            ShouldHaveNoForbiddenCharacter(site.Text(page.Path), page.Path);
        var parser = new HtmlParser();
        var errors = new List<string>();
        parser.Error += (_, e) => errors.Add(e.ToString() ?? "");
        var episode = parser.ParseDocument(site.Text("episodes/hello/index.html"));
        episode.QuerySelector("h1")!.TextContent.ShouldBe("Hello");
        episode.QuerySelector(".notes-guests li")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["Jane", "Doe"]);
        errors.ShouldBeEmpty();
    }

    private static void ShouldHaveNoForbiddenCharacter(string text, string? where = null)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var forbidden =
                c < ' ' && c is not ('\t' or '\n' or '\r')
                || c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF'
                || char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                || char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            forbidden.ShouldBeFalse($"U+{(int)c:X4} at {i} of {where ?? "the feed"}: …{text[Math.Max(0, i - 40)..Math.Min(text.Length, i + 40)]}…");
        }
    }
}
