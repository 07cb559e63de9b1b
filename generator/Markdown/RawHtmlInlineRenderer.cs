using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PodcastSite.Markdown;

/// <summary>An HTML tag written inside a paragraph: kept on a page, reduced to its text in a feed (see <see cref="RawHtml"/>).</summary>
public sealed class RawHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline html)
    {
        var targeted = (TargetedHtmlRenderer)renderer;
        if (targeted.Target == HtmlTarget.Feed)
        {
            renderer.Write(RawHtml.ToText(html.Tag));
            return;
        }
        targeted.WroteRawHtml = true;
        renderer.Write(html.Tag);
    }
}
