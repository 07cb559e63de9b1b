using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PodcastSite.Content;
using PodcastSite.Markdown;

namespace PodcastSite.Notes;

/// <summary>
/// Notes kept as HTML (an imported episode's) as plain text, the way Markdown notes come out of
/// <see cref="NotesTextRenderer"/>: a blank line between blocks, <c>- </c> or <c>1. </c> before list items, and a link's
/// address after its text, since the places notes are pasted into may not keep links.
/// </summary>
public static class HtmlNotesText
{
    private static readonly HashSet<string> Blocks =
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "figure",
        "hr",
    ];

    private static readonly HashSet<string> Skipped = ["script", "style", "template", "noscript"];

    public static string Of(string html)
    {
        var body = new HtmlParser().ParseDocument($"<!doctype html><body>{html}").Body!;
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        AppendBlocks(body, text, paragraph, "");
        EndParagraph(text, paragraph, "");
        return text.ToString().TrimEnd();
    }

    private static void AppendBlocks(INode parent, StringBuilder text, StringBuilder paragraph, string indent)
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is IElement { LocalName: "ul" or "ol" } list)
            {
                EndParagraph(text, paragraph, indent);
                AppendList(list, text, indent);
                text.Append('\n');
            }
            else if (node is IElement element && Blocks.Contains(element.LocalName))
            {
                EndParagraph(text, paragraph, indent);
                AppendBlocks(element, text, paragraph, indent);
                EndParagraph(text, paragraph, indent);
            }
            else
                AppendInline(node, paragraph);
        }
    }

    private static void AppendList(IElement list, StringBuilder text, string indent)
    {
        var number = list.LocalName == "ol" && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var bullet = list.LocalName == "ol" ? $"{number++}. " : "- ";
            var itemText = new StringBuilder();
            var itemParagraph = new StringBuilder();
            AppendBlocks(item, itemText, itemParagraph, "");
            EndParagraph(itemText, itemParagraph, "");
            var lines = itemText.ToString().Split('\n').Where(line => line.Length > 0);
            text.Append(indent).Append(bullet).Append(string.Join("\n" + indent + "  ", lines)).Append('\n');
        }
    }

    private static void AppendInline(INode node, StringBuilder paragraph)
    {
        switch (node)
        {
            // A line break in the source is a space on the page; only <br> breaks the line.
            case IText textNode:
                paragraph.Append(textNode.Data.Replace('\n', ' '));
                break;
            case IElement { LocalName: "br" }:
                paragraph.Append('\n');
                break;
            case IElement { LocalName: "img" } image:
                paragraph.Append(image.GetAttribute("alt"));
                break;
            case IElement element when Skipped.Contains(element.LocalName):
                break;
            case IElement { LocalName: "a" } link:
                var before = paragraph.Length;
                foreach (var child in link.ChildNodes)
                    AppendInline(child, paragraph);
                var label = paragraph.ToString(before, paragraph.Length - before).Trim();
                if (link.GetAttribute("href") is { } href && InputPaths.IsWebAddress(href) && label != href)
                    paragraph.Append(" (").Append(href).Append(')');
                break;
            case IElement element:
                foreach (var child in element.ChildNodes)
                    AppendInline(child, paragraph);
                break;
        }
    }

    /// <summary>The paragraph so far, its spaces collapsed as a browser shows them, then a blank line.</summary>
    private static void EndParagraph(StringBuilder text, StringBuilder paragraph, string indent)
    {
        var joined = string.Join('\n', paragraph.ToString().Split('\n').Select(line => RawHtml.CollapseSpaces(line).Trim())).Trim();
        paragraph.Clear();
        if (joined.Length > 0)
            text.Append(indent).Append(joined.Replace("\n", "\n" + indent)).Append("\n\n");
    }
}
