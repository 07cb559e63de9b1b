using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PodcastSite.Markdown;

/// <summary>
/// HTML notes stay HTML everywhere: on a page as written (sealed, like the HTML a podcaster writes in Markdown), and
/// in a feed too, since they are the notes subscribers already read, with every address made absolute against the
/// episode page, any unsafe one (<c>javascript:</c>) removed, and no script (which no podcast app runs, and validators flag).
/// </summary>
public sealed class HtmlNotesRenderer : HtmlObjectRenderer<HtmlNotesBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlNotesBlock block)
    {
        var targeted = (TargetedHtmlRenderer)renderer;
        targeted.WroteRawHtml = true;
        renderer.WriteLine(targeted.Target == HtmlTarget.Feed ? RawHtml.RewriteUrls(RawHtml.WithoutScripts(block.Html), targeted.LinkUrl) : block.Html);
    }
}
