using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PodcastSite.Markdown;

/// <summary>A block of HTML written in Markdown: kept on a page, reduced to its text in a feed (see <see cref="RawHtml"/>).</summary>
public sealed class RawHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        var targeted = (TargetedHtmlRenderer)renderer;
        if (targeted.Target == HtmlTarget.Feed)
        {
            var text = RawHtml.ToText(block.Lines.ToString()).Trim();
            if (text.Length > 0)
                renderer.Write("<p>").Write(text).WriteLine("</p>");
            return;
        }
        targeted.WroteRawHtml = true;
        renderer.WriteLeafRawLines(block, true, false);
    }
}
