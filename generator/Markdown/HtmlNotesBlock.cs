using Markdig.Syntax;

namespace PodcastSite.Markdown;

/// <summary>
/// Show notes written in HTML (<c>notes_html: true</c>, as `import` keeps notes it cannot turn into Markdown without
/// losing something): the whole body as one block, never read as Markdown, cleaned of anything that could run.
/// </summary>
public sealed class HtmlNotesBlock(string html) : LeafBlock(null)
{
    public string Html { get; } = html;

    public static MarkdownDocument Document(string html) => [new HtmlNotesBlock(Cleaned(html))];

    /// <summary>The notes as the block holds them: cleaned, without the blank lines around.</summary>
    public static string Cleaned(string html) => HtmlNotesSanitizer.Clean(html).Trim();
}
