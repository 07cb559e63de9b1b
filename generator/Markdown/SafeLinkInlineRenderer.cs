using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace PodcastSite.Markdown;

/// <summary>A Markdown link or image whose URL is unsafe (<c>javascript:</c>, <c>data:</c>...) is written as its text.</summary>
public sealed class SafeLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (((TargetedHtmlRenderer)renderer).LinkUrl(url) is not null)
            base.Write(renderer, link);
        else if (link.IsImage)
            renderer.WriteEscape(MarkdownRendering.ToPlainText(link));
        else
            renderer.WriteChildren(link);
    }
}
