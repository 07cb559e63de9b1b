using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace PodcastSite.Markdown;

/// <summary>An autolink with an unsafe scheme (<c>&lt;javascript:alert(1)&gt;</c> is one to CommonMark) is written as text.</summary>
public sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
        if (((TargetedHtmlRenderer)renderer).LinkUrl(url) is not null)
            base.Write(renderer, link);
        else
            renderer.WriteEscape(link.Url);
    }
}
