using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PodcastSite.Markdown;

/// <summary>
/// Footnote marks and their way back, with the fragment written as a URL, so that a feed, which has no page for
/// <c>#fn:1</c> to be relative to, gets the episode page's address in front of it.
/// </summary>
public sealed class FootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"").WriteEscapeUrl($"#fnref:{index}").Write("\" class=\"footnote-back-ref\">&#8617;</a>");
            return;
        }
        renderer.Write($"<a id=\"fnref:{index}\" href=\"").WriteEscapeUrl($"#fn:{order}").Write($"\" class=\"footnote-ref\"><sup>{order}</sup></a>");
    }
}
