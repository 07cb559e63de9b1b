using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PodcastSite.Import;

/// <summary>
/// A piece of HTML made only of what Markdown writes for show notes (paragraphs, line breaks, links, strong and
/// emphasis, flat lists), as a tree; anything else (another tag or attribute, a comment, a tag left open) is not
/// such a piece. Whitespace counts as a browser counts it, so two pieces that look the same compare the same.
/// </summary>
public sealed partial class HtmlFragment
{
    private static readonly HashSet<string> Blocks = ["p", "ul", "ol", "li"];
    private static readonly HashSet<string> Inlines = ["a", "strong", "em"];

    public abstract record Node;

    public sealed record TextNode(string Text) : Node;

    /// <param name="Href">The link's address, for <c>a</c> alone.</param>
    public sealed record Element(string Name, string? Href, IReadOnlyList<Node> Children) : Node;

    private HtmlFragment(IReadOnlyList<Node> nodes) => Nodes = nodes;

    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>The tree, or null when the HTML holds anything Markdown would not write.</summary>
    public static HtmlFragment? Parse(string html)
    {
        var root = new List<Node>();
        var open = new Stack<(string Name, string? Href, List<Node> Children)>();
        var text = new StringBuilder();
        List<Node> Current() => open.Count == 0 ? root : open.Peek().Children;
        void FlushText()
        {
            if (text.Length > 0)
                Current().Add(new TextNode(WebUtility.HtmlDecode(text.ToString())));
            text.Clear();
        }

        for (var at = 0; at < html.Length; )
        {
            var c = html[at];
            if (c != '<')
            {
                text.Append(c);
                at++;
                continue;
            }
            var close = html.IndexOf('>', at);
            if (close < 0)
                return null;
            var tag = html[(at + 1)..close].Trim();
            at = close + 1;
            FlushText();
            if (tag.StartsWith('/'))
            {
                var name = tag[1..].Trim().ToLowerInvariant();
                if (open.Count == 0 || open.Peek().Name != name)
                    return null;
                var element = open.Pop();
                Current().Add(new Element(element.Name, element.Href, element.Children));
                continue;
            }
            if (ParseStartTag(tag) is not { } start)
                return null;
            if (start.Name == "br")
                Current().Add(new Element("br", null, []));
            else if (Blocks.Contains(start.Name) || Inlines.Contains(start.Name))
                open.Push((start.Name, start.Href, []));
            else
                return null;
        }
        FlushText();
        return open.Count == 0 ? new HtmlFragment(root) : null;
    }

    /// <summary>`name` or `a href="..."` (or `br /`); null for any other attribute or a malformed tag.</summary>
    private static (string Name, string? Href)? ParseStartTag(string tag)
    {
        if (tag.EndsWith('/'))
            tag = tag[..^1].TrimEnd();
        var space = tag.IndexOfAny([' ', '\t', '\n', '\r']);
        var name = (space < 0 ? tag : tag[..space]).ToLowerInvariant();
        if (name.Length == 0 || !name.All(char.IsAsciiLetterOrDigit))
            return null;
        if (space < 0)
            return name == "a" ? null : (name, null);
        if (name != "a")
            return null;
        var attribute = tag[space..].Trim();
        if (!attribute.StartsWith("href", StringComparison.OrdinalIgnoreCase))
            return null;
        var value = attribute[4..].TrimStart();
        if (!value.StartsWith('='))
            return null;
        value = value[1..].Trim();
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] && value.IndexOf(value[0], 1) == value.Length - 1)
            return (name, WebUtility.HtmlDecode(value[1..^1]));
        return null;
    }

    /// <summary>
    /// The tree written out with whitespace as a browser shows it: runs collapsed, none between blocks or at the edges
    /// of a block, none around a line break. Two fragments with the same canonical form look the same.
    /// </summary>
    public string Canonical()
    {
        var html = new StringBuilder();
        WriteBlockContent(Nodes, html);
        return html.ToString();
    }

    private static void WriteBlockContent(IReadOnlyList<Node> nodes, StringBuilder html)
    {
        var inline = new StringBuilder();
        foreach (var node in nodes)
        {
            if (node is Element element && Blocks.Contains(element.Name))
            {
                html.Append(TrimmedInline(inline));
                html.Append($"<{element.Name}>");
                WriteBlockContent(element.Children, html);
                html.Append($"</{element.Name}>");
            }
            else
            {
                AppendInline(node, inline);
            }
        }
        html.Append(TrimmedInline(inline));
    }

    private static void AppendInline(Node node, StringBuilder inline)
    {
        switch (node)
        {
            case TextNode text:
                inline.Append(Whitespace().Replace(PodcastSite.Text.Html.Escape(text.Text), " "));
                break;
            case Element { Name: "br" }:
                inline.Append("<br>");
                break;
            case Element element:
                inline.Append(element.Name == "a" ? $"<a href=\"{PodcastSite.Text.Html.Escape(element.Href!)}\">" : $"<{element.Name}>");
                foreach (var child in element.Children)
                    AppendInline(child, inline);
                inline.Append($"</{element.Name}>");
                break;
        }
    }

    private static string TrimmedInline(StringBuilder inline)
    {
        var text = AroundBreak().Replace(inline.ToString(), "<br>").Trim(' ');
        inline.Clear();
        return text;
    }

    // Only the whitespace HTML collapses: a no-break space is a character of its own.
    [GeneratedRegex("[ \t\n\r\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(" ?<br> ?")]
    private static partial Regex AroundBreak();
}
