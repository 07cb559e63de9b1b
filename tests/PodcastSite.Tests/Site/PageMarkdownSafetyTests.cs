using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

/// <summary>
/// On a page, Markdown links with unsafe schemes are text, while the podcaster's own HTML is kept (it is their
/// site), only sealed so that nothing it leaves open can swallow the rest of the page.
/// </summary>
public sealed class PageMarkdownSafetyTests
{
    [Fact]
    public void Markdown_links_and_images_with_unsafe_schemes_are_shown_as_text()
    {
        var site = Build("[Click](javascript:alert(1)), <javascript:alert(2)>, ![a pixel](data:image/png;base64,AAAA) and [fine](https://example.com/).")
            .Replace(
                "guest:",
                """
                links:
                  - "[Line](javascript:alert(3))"
                sponsor: { name: Acme, text: "[Sponsor](vbscript:x)" }
                guest:
                """
            );

        var notes = TestSite.Build(site).ShouldSucceed().Html("episodes/hello/index.html").QuerySelector(".notes")!;

        notes
            .QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ShouldAllBe(url => !url!.Contains("script:") && !url.StartsWith("data:"));
        notes.TextContent.ShouldContain("Click, javascript:alert(2), a pixel and fine.");
        notes.TextContent.ShouldContain("Line");
        notes.TextContent.ShouldContain("Sponsor");
    }

    [Fact]
    public void The_podcasters_own_html_is_kept_on_the_page()
    {
        var site = TestSite.Build(Build("<aside class=\"mine\">Own <b>markup</b></aside>\n\nInline <kbd>Ctrl</kbd>.")).ShouldSucceed();

        var notes = site.Html("episodes/hello/index.html").QuerySelector(".notes")!;
        notes.QuerySelector("aside.mine b")!.TextContent.ShouldBe("markup");
        notes.QuerySelector("kbd")!.TextContent.ShouldBe("Ctrl");
    }

    [Theory]
    [InlineData("<!-- a note to self")]
    [InlineData("<script>let unfinished = 1;")]
    [InlineData("<div title=\"never closed")]
    [InlineData("Text and <textarea>")]
    [InlineData("<plaintext>")]
    [InlineData("<!doctype")]
    // Inside SVG and MathML, <style> and <script> hold markup, where `<!--` opens a comment, not raw text.
    [InlineData("<div>\n<svg><style><!--\n</div>")]
    [InlineData("<math><script><!-- a note")]
    public void Html_left_open_in_the_body_cannot_swallow_the_rest_of_the_page(string body)
    {
        var site = TestSite.Build(Build(body + "\n\nAfter it.")).ShouldSucceed();

        var page = site.Html("episodes/hello/index.html");
        page.QuerySelector("footer.site-footer").ShouldNotBeNull($"the page lost its footer:\n{site.Text("episodes/hello/index.html")}");
        page.QuerySelector("p.hosts, .notes-guests").ShouldNotBeNull();
    }

    [Fact]
    public void A_tag_left_open_ends_with_its_own_markdown_and_does_not_spill_into_the_page()
    {
        var site = TestSite.Build(Build("Some <b>bold and <i>italic\n\nThe next paragraph.")).ShouldSucceed();

        var page = site.Html("episodes/hello/index.html");
        page.QuerySelector("footer.site-footer")!.ParentElement!.LocalName.ShouldBe("body");
        page.QuerySelectorAll(".notes p").Last(p => p.TextContent.Contains("next paragraph")).QuerySelector("b, i").ShouldBeNull();
    }

    [Fact]
    public void An_end_tag_with_nothing_of_its_own_to_end_cannot_end_the_pages_elements()
    {
        var site = TestSite.Build(Build("Before</div></main></article> after.")).ShouldSucceed();

        var notes = site.Html("episodes/hello/index.html").QuerySelector("main article .notes")!;
        notes.TextContent.ShouldContain("Before after.");
        notes.QuerySelector(".notes-guests").ShouldNotBeNull();
    }

    private static string Build(string body) => TestSite.Show + "\n" + TestSite.Episode.Replace("The first episode.", body);
}
