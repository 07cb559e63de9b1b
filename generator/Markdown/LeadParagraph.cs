using Markdig.Syntax;

namespace PodcastSite.Markdown;

/// <summary>
/// The first top-level paragraph of a Markdown text (what an episode's summary is made from), parsed from as little of
/// the text as holds it. A build reads every episode before it renders any, and parsing each whole body for its first
/// paragraph cost as much as the parse that renders it.
/// </summary>
public static class LeadParagraph
{
    public static ParagraphBlock? Of(string markdown)
    {
        // A definition anywhere (`[label]: url`, `[^note]: text`) changes how a paragraph before it reads, so a text that
        // may have one is parsed whole.
        if (!markdown.Contains("]:", StringComparison.Ordinal))
        {
            for (var end = EndOfBlankLine(markdown, 0); end < markdown.Length; end = EndOfBlankLine(markdown, 2 * end))
            {
                var head = MarkdownRendering.Parse(markdown[..end], out var problem);
                if (problem is not null)
                    break;
                // CommonMark reads blocks line by line: the lines up to a blank line give the same blocks as the whole
                // text does, and the blank line closes the paragraph (no `===` or table row below can change it).
                if (head.OfType<ParagraphBlock>().FirstOrDefault() is { } first)
                    return first;
            }
        }
        return MarkdownRendering.Parse(markdown, out _).OfType<ParagraphBlock>().FirstOrDefault();
    }

    /// <summary>
    /// Where the first blank line (spaces and tabs only, as CommonMark counts them) at or after <paramref name="from"/>
    /// that follows a line with text ends; the text's length when there is none.
    /// </summary>
    private static int EndOfBlankLine(string text, int from)
    {
        var afterText = false;
        for (var start = 0; start < text.Length; )
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            var blank = text.AsSpan(start, end - start).Trim(" \t\r\n").IsEmpty;
            if (blank && afterText && start >= from)
                return end;
            afterText |= !blank;
            start = end;
        }
        return text.Length;
    }
}
