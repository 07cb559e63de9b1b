using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PodcastSite.Markdown;

/// <summary>
/// Where rendered HTML goes: a page (timestamps seek the player, the podcaster's own HTML is kept) or a feed
/// (absolute URLs, timestamps as text, the podcaster's own HTML as text).
/// </summary>
public enum HtmlTarget
{
    Page,
    Feed,
}

/// <summary>The one Markdown pipeline (CommonMark + GitHub tables, autolinks, footnotes, timestamps), built once and shared.</summary>
public static class MarkdownRendering
{
    public static MarkdownPipeline Pipeline { get; } =
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .Use<TimestampExtension>()
            .Build();

    public static MarkdownDocument Parse(string markdown) => Parse(markdown, out _);

    /// <summary>
    /// The document. Markdig refuses text nested past its depth limit (hundreds of `[`, `>` or `*`) by throwing; such
    /// text becomes one plain paragraph instead, and <paramref name="problem"/> says why, for the parsers to report.
    /// </summary>
    public static MarkdownDocument Parse(string markdown, out string? problem)
    {
        problem = null;
        try
        {
            var document = Markdig.Markdown.Parse(markdown, Pipeline);
            // Markdig's renderer has a depth limit of its own, lower than what its parser accepts.
            if (Depth(document) <= MaxDepth)
                return document;
        }
        catch (ArgumentException)
        {
            // The parser's depth limit: it throws rather than stop.
        }
        problem = $"the Markdown nests lists, quotes, links or emphasis more than {MaxDepth} levels deep, which cannot be shown; flatten it";
        var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
        paragraph.Inline.AppendChild(new LiteralInline(markdown));
        return new MarkdownDocument { paragraph };
    }

    /// <summary>
    /// Text an episode's parser already read with <see cref="Parse(string, out string?)"/> and found shallow enough,
    /// read again to render it: its depth is not counted twice.
    /// </summary>
    public static MarkdownDocument ParseChecked(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    private const int MaxDepth = 64;

    /// <summary>How deep blocks and inlines nest, counted without recursion (the point is text nested too deep to recurse over).</summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            if (deepest > MaxDepth)
                return deepest;
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                        pending.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                        pending.Push((child, depth + 1));
                    break;
            }
        }
        return deepest;
    }

    // Setting up a renderer costs more than rendering a short fragment (a link line), so each thread keeps one per target.
    [ThreadStatic]
    private static TargetedHtmlRenderer? _pageRenderer;

    [ThreadStatic]
    private static TargetedHtmlRenderer? _feedRenderer;

    /// <param name="pageUrl">The episode page the Markdown belongs to: a feed makes relative links and fragments absolute against it.</param>
    /// <param name="siteUrl">The site's base URL: links written from the root (`/feed.xml`) are put under it.</param>
    public static string ToHtml(MarkdownDocument document, HtmlTarget target, Uri? pageUrl = null, Uri? siteUrl = null)
    {
        var renderer =
            target == HtmlTarget.Page
                ? _pageRenderer ??= new TargetedHtmlRenderer(HtmlTarget.Page)
                : _feedRenderer ??= new TargetedHtmlRenderer(HtmlTarget.Feed);
        var writer = (StringWriter)renderer.Writer;
        writer.GetStringBuilder().Clear();
        renderer.PageUrl = pageUrl;
        renderer.SiteUrl = siteUrl;
        renderer.WroteRawHtml = false;
        try
        {
            renderer.Render(document);
        }
        catch
        {
            // A renderer that failed half-way keeps its state; the next render on this thread gets a fresh one.
            _pageRenderer = _feedRenderer = null;
            throw;
        }
        writer.Flush();
        var html = writer.ToString();
        return renderer.WroteRawHtml ? RawHtml.Seal(html) : html;
    }

    public static string ToHtml(string markdown, HtmlTarget target, Uri? pageUrl = null, Uri? siteUrl = null) =>
        ToHtml(Parse(markdown), target, pageUrl, siteUrl);

    /// <summary>A one-line Markdown fragment (a link line) as inline HTML, without the paragraph around it.</summary>
    public static string InlineToHtml(MarkdownDocument document, HtmlTarget target, Uri? pageUrl = null, Uri? siteUrl = null)
    {
        var html = ToHtml(document, target, pageUrl, siteUrl).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) ? html[3..^4] : html;
    }

    /// <summary>Text as a reader sees it, with link targets dropped: for summaries and the feed's plain text.</summary>
    public static string ToPlainText(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        AppendPlainText(inlines, text);
        return text.ToString();
    }

    /// <summary>Like <see cref="ToPlainText"/> but keeps each link's URL after its text, for text pasted where links must survive.</summary>
    public static string ToTextWithUrls(MarkdownDocument document) =>
        string.Join(' ', document.Descendants<ParagraphBlock>().Select(p => ToTextWithUrls(p.Inline)));

    public static string ToTextWithUrls(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        AppendPlainText(inlines, text, keepUrls: true);
        return text.ToString();
    }

    private static void AppendPlainText(ContainerInline? container, StringBuilder text, bool keepUrls = false)
    {
        if (container is null)
            return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case TimestampInline timestamp:
                    text.Append('[').Append(timestamp.Text).Append(']');
                    break;
                case Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: false } footnote:
                    text.Append('[').Append(footnote.Footnote.Order).Append(']');
                    break;
                case Markdig.Extensions.Footnotes.FootnoteLink:
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true } image:
                    AppendPlainText(image, text, keepUrls);
                    break;
                case LinkInline link:
                    var before = text.Length;
                    AppendPlainText(link, text, keepUrls);
                    var label = text.ToString(before, text.Length - before);
                    if (keepUrls && link.Url is { } url && label != url && !link.IsAutoLink)
                        text.Append(" (").Append(url).Append(')');
                    break;
                case ContainerInline nested:
                    AppendPlainText(nested, text, keepUrls);
                    break;
            }
        }
    }
}
