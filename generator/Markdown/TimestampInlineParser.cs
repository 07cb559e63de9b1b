using Markdig.Helpers;
using Markdig.Parsers;
using PodcastSite.Text;

namespace PodcastSite.Markdown;

/// <summary>
/// Recognises <c>[12:34]</c> and <c>[1:02:03]</c> when not followed by <c>(</c> or <c>:</c>, so real links
/// (<c>[12:34](url)</c>) and reference definitions (<c>[12:34]: url</c>) keep their meaning.
/// </summary>
public sealed class TimestampInlineParser : InlineParser
{
    public TimestampInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf(']', start + 1, Math.Min(12, slice.End - start));
        if (close < 0)
            return false;
        var inner = text.Substring(start + 1, close - start - 1);
        if (!inner.Contains(':') || !inner.All(c => char.IsAsciiDigit(c) || c == ':'))
            return false;
        var next = close + 1 <= slice.End ? text[close + 1] : '\0';
        if (next is '(' or ':' or '[')
            return false;
        if (!DurationText.TryParse(inner, out var time))
            return false;

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new TimestampInline(time, inner)
        {
            Span = new Markdig.Syntax.SourceSpan(position, position + close - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}
