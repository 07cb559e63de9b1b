using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using PodcastSite.Markdown;
using PodcastSite.Notes;
using PodcastSite.Text;

namespace PodcastSite.Feed;

/// <summary>
/// An item's <c>description</c>, with only the tags Apple renders, within Apple's 4000 bytes. The whole notes
/// when they fit; a longer episode gets its summary (cut at a sentence end where one is near) and, item by item,
/// every section that fits, so that what is there stays whole and readable.
/// </summary>
public static partial class FeedDescription
{
    public const int MaxBytes = 4000;

    /// <summary>How long the summary of a longer episode may be, as the summary a podcaster writes (see the content spec).</summary>
    public const int LeadLength = 200;

    private static readonly HashSet<string> AllowedTags = ["p", "a", "ul", "ol", "li", "strong", "em", "b", "i", "br"];

    /// <param name="bodyHtml">The body as rendered for the feed: links absolute and safe, the podcaster's HTML as text.</param>
    /// <param name="top">What must come first, whatever is cut (the chapter list Spotify reads): HTML of the allowed tags.</param>
    public static string Build(string bodyHtml, string summary, MarkdownDocument body, IReadOnlyList<NotesSection> sections, string top = "")
    {
        var topBytes = Bytes(top);
        string Summarised() => SummaryAndSections(top + Lead(summary, body, MaxBytes - topBytes), sections);
        // Most episodes' notes are longer than the limit: tell so from their text before reducing every tag in them.
        var atLeast = topBytes + TextBytesAtLeast(bodyHtml, MaxBytes);
        foreach (var section in sections.TakeWhile(_ => atLeast <= MaxBytes))
            atLeast += Bytes(section.Heading) + section.Items.Sum(item => TextBytesAtLeast(item, MaxBytes));
        if (atLeast > MaxBytes)
            return Summarised();
        var everything = new StringBuilder(top + BlankLines().Replace(Sanitise(bodyHtml), "\n").Trim());
        foreach (var section in sections)
            everything.Append(SectionHtml(section, section.Items.Select(Sanitise)));
        var whole = everything.ToString();
        return Bytes(whole) <= MaxBytes ? whole : Summarised();
    }

    /// <summary>
    /// At least how many bytes the body keeps once reduced (or more than <paramref name="enough"/>): the text outside
    /// its tags, and a byte for each gap of whitespace between two of its words. Reducing keeps that text as it is, drops
    /// only tags, and leaves at least a space or a line break where there was whitespace between words.
    /// </summary>
    private static int TextBytesAtLeast(string html, int enough)
    {
        var bytes = 0;
        var inTag = false;
        var gap = false;
        foreach (var c in html)
        {
            if (inTag)
                inTag = c != '>';
            else if (c == '<')
                inTag = true;
            else if (char.IsWhiteSpace(c))
                gap = bytes > 0;
            else
            {
                bytes +=
                    (gap ? 1 : 0)
                    + (
                        c < 0x80 ? 1
                        : c < 0x800 || char.IsSurrogate(c) ? 2
                        : 3
                    );
                gap = false;
            }
            if (bytes > enough)
                break;
        }
        return bytes;
    }

    private static string SummaryAndSections(string lead, IReadOnlyList<NotesSection> sections)
    {
        var html = new StringBuilder(lead);
        var bytes = Bytes(lead);
        foreach (var section in sections)
        {
            var frame = Bytes(SectionHtml(section, []));
            var items = new List<string>();
            var itemBytes = 0;
            foreach (var item in section.Items.Select(Sanitise))
            {
                var pieceBytes = Bytes(ItemHtml(section, item));
                if (bytes + frame + itemBytes + pieceBytes > MaxBytes)
                    break;
                items.Add(item);
                itemBytes += pieceBytes;
            }
            if (items.Count == 0)
                break;
            html.Append(SectionHtml(section, items));
            bytes += frame + itemBytes;
        }
        return html.ToString();
    }

    private static string SectionHtml(NotesSection section, IEnumerable<string> items)
    {
        var (open, close) = section.AsList ? ("<ul>", "</ul>") : ("", "");
        return $"<p><strong>{Html.Escape(section.Heading)}</strong></p>{open}{string.Concat(items.Select(i => ItemHtml(section, i)))}{close}";
    }

    private static string ItemHtml(NotesSection section, string item) =>
        section.AsList ? $"<li>{item}</li>"
        : item.StartsWith("<p>", StringComparison.Ordinal) ? item
        : $"<p>{item}</p>";

    /// <summary>
    /// The summary as a paragraph. A summary the parser cut from the body's first paragraph (mid-sentence, with "…")
    /// is cut again from that paragraph, at a sentence end where one is near; any summary is cut to fit the limit.
    /// </summary>
    private static string Lead(string summary, MarkdownDocument body, int maxBytes)
    {
        var text = summary;
        var maxLength = int.MaxValue;
        if (summary.EndsWith('…') && FirstParagraph(body) is { } paragraph && paragraph.StartsWith(summary[..^1], StringComparison.Ordinal))
        {
            text = paragraph;
            maxLength = LeadLength;
        }
        // Escaping can make a character up to six bytes ("&quot;"); shorten until the paragraph fits whatever it holds.
        for (var lead = Paragraph(TextCut.NearSentenceEnd(text, maxLength)); ; lead = Paragraph(TextCut.NearSentenceEnd(text, maxLength)))
        {
            if (Bytes(lead) <= maxBytes || maxLength == 0)
                return lead;
            maxLength = Math.Min(maxLength, text.Length) * 3 / 4;
        }
    }

    private static string Paragraph(string text) => $"<p>{Html.Escape(text)}</p>";

    private static string? FirstParagraph(MarkdownDocument body) =>
        body.OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph
            ? Whitespace().Replace(MarkdownRendering.ToPlainText(paragraph.Inline), " ").Trim()
            : null;

    /// <summary>
    /// Our own feed HTML reduced to the tags Apple renders: headings and table rows become paragraphs, an image its
    /// alternative text, a link keeps only its (absolute, safe) href, any other tag goes and its text stays.
    /// </summary>
    public static string Sanitise(string html)
    {
        if (OnlyPlainAllowedTags(html))
            return html;
        // One pass, tag by tag: a long episode's notes hold hundreds of tags, and a regular expression's match per tag
        // was a tenth of what the whole feed allocated.
        var clean = new StringBuilder(html.Length);
        var copied = 0;
        for (var at = html.IndexOf('<'); at >= 0; at = html.IndexOf('<', at + 1))
        {
            if (TagAt(html, at) is not var (end, name, closing))
                continue;
            clean.Append(html, copied, at - copied).Append(Replacement(html[at..end], name, closing));
            copied = end;
            at = end - 1;
        }
        return clean.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The tag starting at <paramref name="at"/>, if one does: where it ends (after its <c>&gt;</c>), its name in lower case, and whether it closes.</summary>
    private static (int End, string Name, bool Closing)? TagAt(string html, int at)
    {
        var closing = at + 1 < html.Length && html[at + 1] == '/';
        var start = at + (closing ? 2 : 1);
        var nameEnd = start;
        while (nameEnd < html.Length && (char.IsAsciiLetter(html[nameEnd]) || nameEnd > start && char.IsAsciiDigit(html[nameEnd])))
            nameEnd++;
        // A name, ended where a word ends (not by `_` or a letter of another script), and a `>` after it.
        if (nameEnd == start || nameEnd < html.Length && IsWordCharacter(html[nameEnd]))
            return null;
        var close = html.IndexOf('>', nameEnd);
        return close < 0 ? null : (close + 1, html[start..nameEnd].ToLowerInvariant(), closing);
    }

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation
        || c is '\u200C' or '\u200D';

    private static string Replacement(string tag, string name, bool closing) =>
        name switch
        {
            "a" when !closing => KeepSafeHrefOnly(tag),
            _ when AllowedTags.Contains(name) => closing ? $"</{name}>" : $"<{name}>",
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => closing ? "</strong></p>" : "<p><strong>",
            "tr" or "pre" => closing ? "</p>" : "<p>",
            "td" or "th" => closing ? " " : "",
            "img" => Alt().Match(tag) is { Success: true } alt ? alt.Groups[1].Value : "",
            _ => "",
        };

    // Most items are text and links already: tell so in one pass instead of rewriting every tag.
    private static bool OnlyPlainAllowedTags(string html)
    {
        for (var at = html.IndexOf('<'); at >= 0; at = html.IndexOf('<', at + 1))
        {
            var close = html.IndexOf('>', at);
            if (close < 0)
                return false;
            var tag = html.AsSpan(at + 1, close - at - 1);
            if (tag.StartsWith("/"))
                tag = tag[1..];
            var name = tag;
            var space = tag.IndexOf(' ');
            if (space >= 0)
            {
                name = tag[..space];
                // Only a bare href may stay on a tag, and only on a link.
                if (!name.SequenceEqual("a") || !tag[space..].StartsWith(" href=\"") || tag[(space + 7)..].IndexOf('"') != tag.Length - space - 8)
                    return false;
            }
            if (!AllowedTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
                return false;
        }
        return true;
    }

    private static string KeepSafeHrefOnly(string anchor)
    {
        var href = Href().Match(anchor);
        return href.Success && LinkSafety.IsSafe(href.Groups[1].Value) ? $"<a href=\"{href.Groups[1].Value}\">" : "<a>";
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("alt=\"([^\"]*)\"")]
    private static partial Regex Alt();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Dropped tags leave empty lines behind; bytes count here.
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();
}
