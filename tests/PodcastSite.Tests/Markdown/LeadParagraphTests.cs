using Markdig.Syntax;
using PodcastSite.Markdown;
using Shouldly;

namespace PodcastSite.Tests.Markdown;

/// <summary>An episode's summary is its first paragraph, read from the start of its notes: it must be the paragraph the whole notes have.</summary>
public sealed class LeadParagraphTests
{
    [Theory]
    [InlineData("First words.\n\nSecond.")]
    [InlineData("- one\n\n  still the first item\n\n- two\n\nAfter the list.\n\nMore.")]
    [InlineData("```\ncode\n\nmore code, after a blank line\n```\n\nAfter the code.\n\nMore.")]
    [InlineData("<!--\nhidden\n\nstill hidden\n-->\n\nAfter the comment.")]
    [InlineData("Heading\n===\n\nUnder it.\n\nMore.")]
    [InlineData("Looks like a paragraph\n---\n\nBut that was a heading.")]
    [InlineData("See [the docs][d] first.\n\nMore.\n\n[d]: https://example.com/")]
    [InlineData("A claim[^1].\n\nMore.\n\n[^1]: The source.")]
    [InlineData("a | b\n--|--\n1 | 2\n\nAfter the table.\n\nMore.")]
    [InlineData("> quoted\n\n> quoted again\n\nAfter the quotes.")]
    [InlineData("\n\n  \n\nAfter blank lines.\n\nMore.")]
    [InlineData("Line one\n\u00a0\nstill line one's paragraph: a no-break space is not a blank line\n\nNext.")]
    [InlineData("Line one\r\n \t\r\nAfter a line of spaces and a tab.\r\n")]
    [InlineData("No blank line at all")]
    [InlineData("# Only a heading\n\n## And another")]
    [InlineData("")]
    public void Is_the_first_paragraph_of_the_whole_notes(string markdown)
    {
        var whole = MarkdownRendering.Parse(markdown).OfType<ParagraphBlock>().FirstOrDefault();

        var lead = LeadParagraph.Of(markdown);

        MarkdownRendering.ToPlainText(lead?.Inline).ShouldBe(MarkdownRendering.ToPlainText(whole?.Inline));
    }
}
