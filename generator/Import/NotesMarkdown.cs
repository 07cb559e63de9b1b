using System.Text;
using System.Text.RegularExpressions;
using PodcastSite.Markdown;
using static PodcastSite.Import.HtmlFragment;

namespace PodcastSite.Import;

/// <summary>
/// Show notes from an old feed as an episode's body: Markdown when the build gives back the very same HTML (it is
/// rendered and compared to be sure), else the HTML as it is, marked <c>notes_html: true</c>. Plain text, which is
/// not HTML at all, becomes Markdown paragraphs with its line breaks kept.
/// </summary>
public static partial class NotesMarkdown
{
    public sealed record Body(string Text, bool IsHtml);

    public static Body From(string notes)
    {
        var trimmed = notes.Trim().ReplaceLineEndings("\n");
        if (trimmed.Length == 0)
            return new Body("", IsHtml: false);
        if (!LooksLikeHtml().IsMatch(trimmed))
            return PlainText(trimmed) is { } plain ? new Body(plain, IsHtml: false) : new Body(trimmed, IsHtml: true);
        return Markdown(trimmed) is { } markdown ? new Body(markdown, IsHtml: false) : new Body(trimmed, IsHtml: true);
    }

    /// <summary>The Markdown for HTML made only of what Markdown writes, when rendering it gives the same HTML back.</summary>
    private static string? Markdown(string html)
    {
        var fragment = HtmlFragment.Parse(html);
        if (fragment is null)
            return null;
        var markdown = new StringBuilder();
        foreach (var node in fragment.Nodes)
        {
            if (!AppendBlock(node, markdown))
                return null;
        }
        var text = markdown.ToString().TrimEnd('\n');
        var rendered = HtmlFragment.Parse(MarkdownRendering.ToHtml(text, HtmlTarget.Page));
        return rendered is not null && rendered.Canonical() == fragment.Canonical() ? text : null;
    }

    private static bool AppendBlock(Node node, StringBuilder markdown)
    {
        switch (node)
        {
            case TextNode text when string.IsNullOrWhiteSpace(text.Text):
                return true;
            case Element { Name: "p" } paragraph:
                if (Inline(paragraph.Children) is not { Length: > 0 } inline)
                    return false;
                markdown.Append(inline).Append("\n\n");
                return true;
            case Element { Name: "ul" or "ol" } list:
                var number = 1;
                foreach (var item in list.Children)
                {
                    if (item is TextNode blank && string.IsNullOrWhiteSpace(blank.Text))
                        continue;
                    if (item is not Element { Name: "li" } li || Inline(li.Children) is not { Length: > 0 } content)
                        return false;
                    markdown.Append(list.Name == "ul" ? "- " : $"{number++}. ").Append(content).Append('\n');
                }
                markdown.Append('\n');
                return true;
            default:
                return false;
        }
    }

    /// <summary>A block's inline content as one line of Markdown; null when it holds a block or cannot be written.</summary>
    private static string? Inline(IReadOnlyList<Node> nodes)
    {
        var inline = new StringBuilder();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    inline.Append(Escape(Whitespace().Replace(text.Text, " ")));
                    break;
                case Element { Name: "br" }:
                    inline.Append("\\\n");
                    break;
                case Element { Name: "strong" or "em" } emphasis:
                    if (Inline(emphasis.Children) is not { Length: > 0 } inner)
                        return null;
                    var marker = emphasis.Name == "strong" ? "**" : "*";
                    inline.Append(marker).Append(inner).Append(marker);
                    break;
                case Element { Name: "a" } link:
                    if (Inline(link.Children) is not { } label || link.Href is not { } href || href.IndexOfAny(['<', '>', '\n']) >= 0)
                        return null;
                    // An address with spaces or brackets goes between <>, as CommonMark asks.
                    var destination = href.IndexOfAny([' ', '(', ')']) >= 0 || href.Length == 0 ? $"<{href}>" : href;
                    inline.Append('[').Append(label).Append("](").Append(destination).Append(')');
                    break;
                default:
                    return null;
            }
        }
        return AsLine(inline.ToString());
    }

    // What would start a heading, a quote, a list or a rule at the start of a line is text here.
    private static string AsLine(string inline) => LineStart().Replace(inline.Trim(' '), m => m.Value[..^1] + "\\" + m.Value[^1]);

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' || (c == '&' && EntityAhead().IsMatch(text.AsSpan(i))))
                escaped.Append('\\');
            escaped.Append(c);
        }
        // Bare addresses would become links, where the HTML had text.
        return AutoLinkStart().Replace(escaped.ToString(), m => m.Value[..^1] + "\\" + m.Value[^1]);
    }

    /// <summary>Plain-text notes: a paragraph per blank-line-separated block, each line break kept.</summary>
    private static string? PlainText(string text)
    {
        var paragraphs = ParagraphBreak()
            .Split(text)
            .Select(p => string.Join("\\\n", p.Split('\n').Select(PlainLine).Where(line => line.Length > 0)))
            .Where(p => p.Length > 0)
            .ToList();
        var markdown = string.Join("\n\n", paragraphs);
        // The same words in the same paragraphs and lines, or the text stays as it is.
        var expected = ParagraphBreak()
            .Split(text)
            .Select(p => string.Join('\n', p.Split('\n').Select(l => Whitespace().Replace(l, " ").Trim()).Where(l => l.Length > 0)))
            .Where(p => p.Length > 0);
        return RawHtml.Paragraphs(MarkdownRendering.ToHtml(markdown, HtmlTarget.Page)).SequenceEqual(expected) ? markdown : null;
    }

    /// <summary>
    /// A line of plain text, its web addresses as autolinks (<c>&lt;https://...&gt;</c>): apps made links of them, and
    /// an autolink is one that reads as it was written, nothing inside it escaped. Apps link <c>www.</c> addresses
    /// too, which an autolink cannot hold: those become links with the address as their text.
    /// </summary>
    private static string PlainLine(string line)
    {
        var text = Whitespace().Replace(line, " ");
        var markdown = new StringBuilder();
        var at = 0;
        foreach (Match match in PlainAddress().Matches(text))
        {
            // Punctuation that ends a sentence, or closes a bracket opened before the address, is not part of it.
            var address = match.Value.TrimEnd('.', ',', ':', ';', '!', '?', '\'', '"');
            while (address.EndsWith(')') && address.Count(c => c == ')') > address.Count(c => c == '('))
                address = address[..^1].TrimEnd('.', ',', ':', ';', '!', '?', '\'', '"');
            // "www." with nothing after it but punctuation is text.
            if (address.Length <= "www.".Length && address.StartsWith("www", StringComparison.OrdinalIgnoreCase))
                continue;
            markdown.Append(Escape(text[at..match.Index]));
            // An address written without its scheme (www.example.com) keeps its text, and links where apps took it.
            if (address.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                markdown.Append('[').Append(Escape(address)).Append("](<https://").Append(address).Append(">)");
            else
                markdown.Append('<').Append(address).Append('>');
            at = match.Index + address.Length;
        }
        return AsLine(markdown.Append(Escape(text[at..])).ToString());
    }

    /// <summary>The text of notes (HTML or not) as Markdown paragraphs, for where only the words matter.</summary>
    public static string TextOf(string notes) =>
        string.Join("\n\n", RawHtml.Paragraphs(notes).Select(p => string.Join("\\\n", p.Split('\n').Select(line => Inline([new TextNode(line)]) ?? ""))))
            .Trim();

    [GeneratedRegex("<[a-zA-Z/!]")]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex("[ \\t\\n\\r\\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:#|>|-|\+|=|\d{1,9}[.)])")]
    private static partial Regex LineStart();

    [GeneratedRegex(@"^&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex EntityAhead();

    [GeneratedRegex(@"(?i)(?:https?|ftp):|mailto:|www\.")]
    private static partial Regex AutoLinkStart();

    // What an autolink can hold: no space, no < or >. A www. address starts a word (or follows a bracket), and holds
    // no backslash, which would escape the `>` that closes its link.
    [GeneratedRegex(@"(?i)https?://[^\s<>]+|(?<![^\s(])www\.[^\s<>\\]+")]
    private static partial Regex PlainAddress();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();
}
