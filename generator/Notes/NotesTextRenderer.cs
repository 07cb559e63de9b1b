using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Text;

namespace PodcastSite.Notes;

public enum NotesFormat
{
    Text,
    Markdown,
    Html,
}

/// <summary>
/// Show notes for pasting elsewhere (a video description, a newsletter): chapters as <c>00:00 Intro</c> lines,
/// links as <c>- title: url</c>, every URL written out because the place they are pasted may not keep links.
/// </summary>
public static class NotesTextRenderer
{
    /// <param name="guestPage">A guest's page, or null when the published site has none (a guest only of drafts).</param>
    public static string Render(ShowNotes notes, NotesStrings strings, NotesFormat format, Func<Person, Uri?> guestPage)
    {
        var markdown = format == NotesFormat.Markdown;
        var text = new StringBuilder();
        text.Append(markdown ? notes.BodyMarkdown.Trim() : BodyAsText(notes.Body)).Append('\n');

        void Section(string heading, IEnumerable<string> lines)
        {
            text.Append('\n').Append(markdown ? $"## {heading}" : heading).Append('\n');
            foreach (var line in lines)
                text.Append(line).Append('\n');
        }

        if (notes.Guests.Count > 0)
            Section(
                strings.Guests,
                notes.Guests.Select(g =>
                    guestPage(g) is not { } page ? $"- {g.Name}"
                    : markdown ? $"- [{g.Name}]({page})"
                    : $"- {g.Name}: {page}"
                )
            );
        if (notes.Chapters.Count > 0)
            Section(strings.Chapters, notes.Chapters.Select(c => ChapterLine(c, markdown)));
        if (notes.Links.Count > 0)
            Section(strings.Links, notes.Links.Select(l => LinkLine(l, markdown)));
        if (notes.YouTube is { } youtube)
            Section(strings.YouTube, [youtube.AbsoluteUri]);
        if (notes.Sponsors.Count > 0)
            Section(strings.SponsorHeading(notes.Sponsors.Count), notes.Sponsors.Select(s => SponsorLines(s, markdown)));
        return text.ToString();
    }

    private static string ChapterLine(Chapter chapter, bool markdown)
    {
        var time = DurationText.Format(chapter.Start);
        if (chapter.Url is null)
            return markdown ? $"- {time} {chapter.Title}" : $"{time} {chapter.Title}";
        return markdown ? $"- {time} [{chapter.Title}]({chapter.Url.AbsoluteUri})" : $"{time} {chapter.Title} ({chapter.Url.AbsoluteUri})";
    }

    private static string LinkLine(Link link, bool markdown) =>
        link switch
        {
            TitledLink titled => markdown ? $"- [{titled.Title}]({titled.Url.AbsoluteUri})" : $"- {titled.Title}: {titled.Url.AbsoluteUri}",
            MarkdownLink line => markdown
                ? $"- {line.Markdown}"
                : $"- {MarkdownRendering.ToTextWithUrls(line.Document ?? MarkdownRendering.Parse(line.Markdown))}",
            _ => throw new ArgumentOutOfRangeException(nameof(link)),
        };

    private static string SponsorLines(Sponsor sponsor, bool markdown)
    {
        var name =
            sponsor.Url is null ? sponsor.Name
            : markdown ? $"[{sponsor.Name}]({sponsor.Url.AbsoluteUri})"
            : $"{sponsor.Name}: {sponsor.Url.AbsoluteUri}";
        var message = markdown ? sponsor.TextMarkdown.Trim() : MarkdownRendering.ToTextWithUrls(sponsor.Text ?? MarkdownRendering.Parse(sponsor.TextMarkdown));
        return markdown ? $"**{name}**\n\n{message}" : $"{name}\n{message}";
    }

    /// <summary>The body as plain text: paragraphs, headings and list items, links written as <c>text (url)</c>.</summary>
    private static string BodyAsText(MarkdownDocument body)
    {
        var text = new StringBuilder();
        foreach (var block in body)
            AppendBlock(block, text, "");
        return text.ToString().TrimEnd();
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => MarkdownRendering.ToTextWithUrls(p.Inline))).Trim();

    private static void AppendBlock(Block block, StringBuilder text, string indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                text.Append(indent).Append(MarkdownRendering.ToTextWithUrls(heading.Inline)).Append("\n\n");
                break;
            case ParagraphBlock paragraph:
                text.Append(indent).Append(MarkdownRendering.ToTextWithUrls(paragraph.Inline)).Append("\n\n");
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var bullet = list.IsOrdered ? $"{number++}. " : "- ";
                    var itemText = new StringBuilder();
                    foreach (var child in item)
                        AppendBlock(child, itemText, "");
                    var lines = itemText.ToString().TrimEnd().Split('\n').Where(l => l.Length > 0);
                    text.Append(indent).Append(bullet).Append(string.Join("\n" + indent + "  ", lines)).Append('\n');
                }
                text.Append('\n');
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    text.Append(indent).Append("    ").Append(line.ToString()).Append('\n');
                text.Append('\n');
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                    AppendBlock(child, text, indent + "> ");
                break;
            case Table table:
                // One line a row, cells apart by " | ": readable where a table cannot be drawn.
                foreach (var row in table.OfType<TableRow>())
                    text.Append(indent).Append(string.Join(" | ", row.OfType<TableCell>().Select(CellText))).Append('\n');
                text.Append('\n');
                break;
            case FootnoteGroup footnotes:
                foreach (var footnote in footnotes.OfType<Footnote>())
                {
                    var note = new StringBuilder();
                    foreach (var child in footnote)
                        AppendBlock(child, note, "");
                    text.Append(indent).Append($"[{footnote.Order}] ").Append(note.ToString().Trim()).Append("\n\n");
                }
                break;
            case HtmlNotesBlock html:
                text.Append(indent).Append(HtmlNotesText.Of(html.Html).Replace("\n", "\n" + indent)).Append("\n\n");
                break;
            case ThematicBreakBlock:
                text.Append("---\n\n");
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    AppendBlock(child, text, indent);
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                text.Append(indent).Append(leaf.Lines.ToString()).Append("\n\n");
                break;
        }
    }
}
