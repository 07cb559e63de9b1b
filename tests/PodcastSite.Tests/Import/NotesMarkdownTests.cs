using PodcastSite.Import;
using PodcastSite.Markdown;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>
/// Imported notes become Markdown only where the build gives back the same HTML; everything else stays HTML,
/// marked for the build to publish as it is.
/// </summary>
public sealed class NotesMarkdownTests
{
    [Fact]
    public void Paragraphs_links_strong_emphasis_lists_and_line_breaks_become_Markdown()
    {
        var body = NotesMarkdown.From(
            """
            <p>We talk <strong>tomatoes</strong> and <em>blight</em>.<br>Seeds: <a href="https://seeds.example.org/library">the library</a></p>
            <ul><li>Brandywine</li><li>Sungold</li></ul><ol><li>Sow</li><li>Wait</li></ol>
            """
        );

        body.ShouldBe(
            new NotesMarkdown.Body(
                """
                We talk **tomatoes** and *blight*.\
                Seeds: [the library](https://seeds.example.org/library)

                - Brandywine
                - Sungold

                1. Sow
                2. Wait
                """,
                IsHtml: false
            )
        );
    }

    [Theory]
    [InlineData("<p>*stars* and _underscores_ and `ticks`</p>")]
    [InlineData("<p># not a heading</p>")]
    [InlineData("<p>1. not a list</p>")]
    [InlineData("<p>- not a list either</p>")]
    [InlineData("<p>At [12:34] we look at [^1] and [a](b)</p>")]
    [InlineData("<p>Visit https://example.com or www.example.com</p>")]
    [InlineData("<p>&amp;copy; is not &copy; and a &lt;tag&gt; is text</p>")]
    [InlineData("<p>Ends with a backslash \\</p>")]
    [InlineData("<p>Tables | pipes | and ~tildes~</p>")]
    public void Text_Markdown_would_read_as_syntax_stays_text(string html)
    {
        var body = NotesMarkdown.From(html);

        body.IsHtml.ShouldBeFalse($"`{html}` should convert");
        HtmlFragment.Parse(MarkdownRendering.ToHtml(body.Text, HtmlTarget.Page))!.Canonical().ShouldBe(HtmlFragment.Parse(html)!.Canonical(), body.Text);
    }

    [Theory]
    [InlineData("<p>It&#8217;s <b>bold</b>, not strong</p>")]
    [InlineData("<p class=\"lead\">A class</p>")]
    [InlineData("<h2>A heading</h2><p>Text</p>")]
    [InlineData("<p>Two lists</p><ul><li>a</li></ul><ul><li>b</li></ul>")]
    [InlineData("<p></p><p>An empty paragraph</p>")]
    [InlineData("<p>A break at the end<br></p>")]
    [InlineData("Text outside paragraphs<br><br>and a break")]
    [InlineData("<p><a href=\"https://example.com/a b\" target=\"_blank\">link</a></p>")]
    [InlineData("<p>An unclosed <strong>tag</p>")]
    [InlineData("<p>a < b</p>")]
    [InlineData("<!-- wp:paragraph --><p>WordPress</p><!-- /wp:paragraph -->")]
    [InlineData("<p><img src=\"https://example.com/x.jpg\" alt=\"x\"></p>")]
    public void What_Markdown_would_change_stays_HTML_as_it_was(string html) => NotesMarkdown.From(html).ShouldBe(new NotesMarkdown.Body(html, IsHtml: true));

    [Fact]
    public void Entities_are_text_and_convert_without_loss() =>
        NotesMarkdown.From("<p>It&#8217;s spring&#8230; &amp; the beans are up</p>").Text.ShouldBe("It’s spring… & the beans are up");

    [Fact]
    public void Plain_text_notes_become_paragraphs_with_their_line_breaks()
    {
        var body = NotesMarkdown.From("Questions about slugs * compost.\nSend yours in!\n\nThanks for listening.");

        body.ShouldBe(new NotesMarkdown.Body("Questions about slugs \\* compost.\\\nSend yours in!\n\nThanks for listening.", IsHtml: false));
    }

    [Fact]
    public void Addresses_in_plain_text_notes_are_autolinks_that_read_as_they_were_written()
    {
        const string notes =
            "Visit https://example.com/tomatoes for more.\nSeeds (https://example.com/seed_list?a=1&b=2), and www.example.com/my_garden.\nNot awww.example";

        var body = NotesMarkdown.From(notes);

        body.ShouldBe(
            new NotesMarkdown.Body(
                "Visit <https://example.com/tomatoes> for more.\\\nSeeds (<https://example.com/seed_list?a=1&b=2>), and [www\\.example.com/my\\_garden](<https://www.example.com/my_garden>).\\\nNot awww\\.example",
                IsHtml: false
            )
        );
        var html = MarkdownRendering.ToHtml(body.Text, HtmlTarget.Page);
        html.ShouldContain("<a href=\"https://example.com/tomatoes\">https://example.com/tomatoes</a> for more.");
        html.ShouldContain("(<a href=\"https://example.com/seed_list?a=1&amp;b=2\">https://example.com/seed_list?a=1&amp;b=2</a>),");
        html.ShouldContain("and <a href=\"https://www.example.com/my_garden\">www.example.com/my_garden</a>.");
        html.ShouldNotContain("href=\"http://awww");
        RawHtml.Paragraphs(html).ShouldBe([notes]);
    }

    [Theory]
    [InlineData("Find us at www... or not")]
    [InlineData("A bracket (www.) and nothing in it")]
    [InlineData("An address that ends in a backslash: www.example.com\\ and on")]
    public void Plain_text_with_a_broken_www_address_stays_plain_text(string notes)
    {
        var body = NotesMarkdown.From(notes);

        body.IsHtml.ShouldBeFalse($"`{body.Text}` should read back as the notes");
        RawHtml.Paragraphs(MarkdownRendering.ToHtml(body.Text, HtmlTarget.Page)).ShouldBe([notes]);
    }
}
