using System.Net;
using System.Text;
using PodcastSite.Text;

namespace PodcastSite.Markdown;

/// <summary>
/// The podcaster's own HTML inside Markdown. On a page it is kept as written (it is their site) but sealed: a
/// comment, tag or raw-text element (script, style, textarea...) left open is closed, so it cannot swallow the
/// rest of the page. In a feed it is reduced to its text, since the feed promises safe links and few tags.
/// </summary>
public static partial class RawHtml
{
    // Elements whose content a browser reads as text up to their end tag, whatever tags it holds.
    private static readonly HashSet<string> RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

    // Elements that never have content or an end tag.
    private static readonly HashSet<string> VoidElements =
    [
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ];

    // Dropping these keeps words together; any other tag stands between words, so it becomes a line break in the text.
    private static readonly HashSet<string> InlineElements =
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    ];

    /// <summary>
    /// The HTML as written, balanced within itself: an end tag with no element of its own to end is left out (it would
    /// end one of the page's), elements an end tag skips over are ended first, and what is still open at the end is
    /// ended there, so an unclosed <c>&lt;b&gt;</c> cannot make the rest of the page bold.
    /// </summary>
    public static string Seal(string html)
    {
        var sealedHtml = new StringBuilder(html.Length + 16);
        var open = new List<string>();
        foreach (var token in Tokens(html))
        {
            switch (token.Kind)
            {
                // <plaintext> ends nothing, ever: shown as text instead.
                case Kind.StartTag when token.Name == "plaintext":
                    sealedHtml.Append("&lt;").Append(html, token.Start + 1, token.End - token.Start - 1);
                    continue;
                // A raw-text element cut off by the end is ended by its token's closer.
                case Kind.StartTag when RawTextElements.Contains(token.Name) && token.Closer.Length > 0:
                case Kind.RawText when token.Closer.Length > 0:
                    if (token.Kind == Kind.RawText)
                        open.RemoveAt(open.Count - 1);
                    break;
                case Kind.StartTag when !VoidElements.Contains(token.Name) && !(IsSelfClosing(html, token) && (open.Contains("svg") || open.Contains("math"))):
                    open.Add(token.Name);
                    break;
                case Kind.EndTag:
                    var element = open.LastIndexOf(token.Name);
                    if (element < 0)
                        continue;
                    for (var i = open.Count - 1; i > element; i--)
                        sealedHtml.Append("</").Append(open[i]).Append('>');
                    open.RemoveRange(element, open.Count - element);
                    break;
            }
            sealedHtml.Append(html, token.Start, token.End - token.Start).Append(token.Closer);
        }
        for (var i = open.Count - 1; i >= 0; i--)
            sealedHtml.Append("</").Append(open[i]).Append('>');
        return sealedHtml.ToString();
    }

    private static bool IsSelfClosing(string html, Token tag) => tag.Closer.Length == 0 && html.AsSpan(tag.Start, tag.End - tag.Start).EndsWith("/>");

    /// <summary>The text of the HTML, escaped again, with line breaks as <c>&lt;br /&gt;</c>; no other tag survives.</summary>
    public static string ToText(string html)
    {
        var text = new StringBuilder(html.Length);
        foreach (var token in Tokens(html))
        {
            switch (token.Kind)
            {
                case Kind.Text:
                    text.Append(Html.Escape(WebUtility.HtmlDecode(html[token.Start..token.End])));
                    break;
                case Kind.StartTag when token.Name == "br":
                    text.Append("<br />");
                    break;
                case Kind.StartTag or Kind.EndTag when !InlineElements.Contains(token.Name):
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// The text of the HTML as paragraphs, as a reader sees it: entities decoded, whitespace collapsed, a paragraph
    /// for each block element, a line break for each <c>&lt;br&gt;</c>; scripts, styles and comments say nothing.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(string html)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        void EndParagraph()
        {
            var text = string.Join('\n', current.ToString().Split('\n').Select(line => CollapseSpaces(line).Trim())).Trim();
            if (text.Length > 0)
                paragraphs.Add(text);
            current.Clear();
        }
        foreach (var token in Tokens(html))
        {
            switch (token.Kind)
            {
                case Kind.Text:
                    current.Append(WebUtility.HtmlDecode(html[token.Start..token.End]).Replace('\n', ' '));
                    break;
                case Kind.StartTag when token.Name == "br":
                    current.Append('\n');
                    break;
                case Kind.StartTag or Kind.EndTag when !InlineElements.Contains(token.Name):
                    EndParagraph();
                    break;
            }
        }
        EndParagraph();
        return paragraphs;
    }

    /// <summary>Runs of whitespace as one space, as a browser shows them; a no-break space stays, as it does there.</summary>
    public static string CollapseSpaces(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (collapsed.Length == 0 || collapsed[^1] != ' ')
                    collapsed.Append(' ');
            }
            else
                collapsed.Append(c);
        }
        return collapsed.ToString();
    }

    /// <summary>
    /// The HTML with the address in every <c>href</c> and <c>src</c> of its tags replaced by what <paramref name="rewrite"/>
    /// makes of it (given and returning plain text, not HTML-escaped); an address it turns into null is removed with its
    /// attribute. Text, comments and scripts are left as they are.
    /// </summary>
    public static string RewriteUrls(string html, Func<string, string?> rewrite)
    {
        var rewritten = new StringBuilder(html.Length);
        foreach (var token in Tokens(html))
        {
            var text = html[token.Start..token.End];
            rewritten
                .Append(
                    token.Kind == Kind.StartTag
                        ? UrlAttribute()
                            .Replace(
                                text,
                                attribute =>
                                {
                                    var value = attribute.Groups["value"].Value;
                                    var quoted = value.Length > 0 && value[0] is '"' or '\'';
                                    var url = WebUtility.HtmlDecode(quoted ? value[1..^1] : value);
                                    var replaced = rewrite(url);
                                    if (replaced == url)
                                        return attribute.Value;
                                    return replaced is null
                                        ? ""
                                        : $"{attribute.Groups["before"].Value}{attribute.Groups["name"].Value}=\"{Html.Escape(replaced)}\"";
                                }
                            )
                        : text
                )
                .Append(token.Closer);
        }
        return rewritten.ToString();
    }

    /// <summary>The HTML without its scripts: script elements and event-handler attributes (<c>onclick</c>...) removed, the rest as it was.</summary>
    public static string WithoutScripts(string html)
    {
        var kept = new StringBuilder(html.Length);
        foreach (var token in Tokens(html))
        {
            if (token.Name == "script" && token.Kind is Kind.StartTag or Kind.EndTag or Kind.RawText)
                continue;
            var text = html[token.Start..token.End];
            kept.Append(token.Kind == Kind.StartTag ? EventHandler().Replace(text, "") : text).Append(token.Closer);
        }
        return kept.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\s+on[a-z]+\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex EventHandler();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<before>\s)(?<name>href|src)\s*=\s*(?<value>""[^""]*""|'[^']*'|[^\s""'=<>`]+)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex UrlAttribute();

    private enum Kind
    {
        Text,
        StartTag,
        EndTag,
        Comment,
        RawText,
    }

    /// <param name="Closer">What ends this token when the HTML stops inside it (empty when it is complete).</param>
    private readonly record struct Token(Kind Kind, int Start, int End, string Name = "", string Closer = "");

    /// <summary>Splits HTML the way a browser's tokenizer does, as far as telling where tags, comments and raw text end.</summary>
    private static IEnumerable<Token> Tokens(string html)
    {
        var textStart = 0;
        var at = 0;
        // Inside <svg> and <math> a <style> or <script> holds markup like any element, where `<!--` opens a comment that
        // must be sealed too; read as raw text there, such a comment would swallow the rest of the page.
        var foreign = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
                break;
            if (MarkupAt(html, open) is not { } markup)
            {
                at = open + 1;
                continue;
            }
            if (open > textStart)
                yield return new Token(Kind.Text, textStart, open);
            yield return markup;
            at = markup.End;
            if (markup.Name is "svg" or "math" && markup.Kind == Kind.EndTag)
                foreign = Math.Max(0, foreign - 1);
            else if (markup.Name is "svg" or "math" && !IsSelfClosing(html, markup))
                foreign++;
            if (markup.Kind == Kind.StartTag && markup.Closer.Length == 0 && foreign == 0 && RawTextElements.Contains(markup.Name))
            {
                var end = EndTagOf(html, at, markup.Name);
                var contentEnd = end < 0 ? html.Length : end;
                if (contentEnd > at)
                    yield return new Token(Kind.RawText, at, contentEnd, markup.Name, end < 0 ? $"</{markup.Name}>" : "");
                at = contentEnd;
            }
            textStart = at;
        }
        if (textStart < html.Length)
            yield return new Token(Kind.Text, textStart, html.Length);
    }

    /// <summary>The comment or tag that starts at <paramref name="open"/>, or null when that '&lt;' is text.</summary>
    private static Token? MarkupAt(string html, int open)
    {
        var rest = html.AsSpan(open);
        if (rest.StartsWith("<!--"))
        {
            var body = open + 4;
            // "<!-->" and "<!--->" are whole, empty comments to a browser.
            if (html.AsSpan(body).StartsWith(">"))
                return new Token(Kind.Comment, open, body + 1);
            if (html.AsSpan(body).StartsWith("->"))
                return new Token(Kind.Comment, open, body + 2);
            var end = FirstOf(html, body, "-->", "--!>");
            return end.Index < 0 ? new Token(Kind.Comment, open, html.Length, Closer: "-->") : new Token(Kind.Comment, open, end.Index + end.Length);
        }
        var next = open + 1 < html.Length ? html[open + 1] : '\0';
        if (char.IsAsciiLetter(next))
            return Tag(html, open, open + 1, Kind.StartTag);
        if (next == '/' && open + 2 < html.Length && char.IsAsciiLetter(html[open + 2]))
            return Tag(html, open, open + 2, Kind.EndTag);
        // "<!x", "<?x", "</ x" and a trailing "</" are bogus comments, which run to the next '>'.
        if (next is '!' or '?' or '/')
        {
            var close = html.IndexOf('>', open + 2);
            return close < 0 ? new Token(Kind.Comment, open, html.Length, Closer: ">") : new Token(Kind.Comment, open, close + 1);
        }
        return null;
    }

    private static Token Tag(string html, int open, int nameStart, Kind kind)
    {
        var at = nameStart;
        while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>'))
            at++;
        var name = html[nameStart..at].ToLowerInvariant();
        var rawText = kind == Kind.StartTag && RawTextElements.Contains(name) ? $"</{name}>" : "";
        while (at < html.Length)
        {
            var c = html[at++];
            if (c == '>')
                return new Token(kind, open, at, name);
            if (c != '=')
                continue;
            while (at < html.Length && IsSpace(html[at]))
                at++;
            if (at < html.Length && html[at] is '"' or '\'')
            {
                var quote = html[at];
                var closeQuote = html.IndexOf(quote, at + 1);
                if (closeQuote < 0)
                    return new Token(kind, open, html.Length, name, quote + ">" + rawText);
                at = closeQuote + 1;
            }
        }
        return new Token(kind, open, html.Length, name, ">" + rawText);
    }

    /// <summary>Where <c>&lt;/name</c> ends raw text, as a browser sees it: followed by a space, '/' or '&gt;'.</summary>
    private static int EndTagOf(string html, int from, string name)
    {
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
        {
            var after = at + 2 + name.Length;
            if (
                after < html.Length
                && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (IsSpace(html[after]) || html[after] is '/' or '>')
            )
                return at;
        }
        return -1;
    }

    private static (int Index, int Length) FirstOf(string html, int from, string a, string b)
    {
        var atA = html.IndexOf(a, from, StringComparison.Ordinal);
        var atB = html.IndexOf(b, from, StringComparison.Ordinal);
        if (atA < 0)
            return (atB, b.Length);
        return atB < 0 || atA < atB ? (atA, a.Length) : (atB, b.Length);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
