using Markdig.Renderers;

namespace PodcastSite.Markdown;

/// <summary>
/// Markdig's HTML renderer, told where its output goes. In a feed every link is made absolute against the episode
/// page (there is no page to be relative to); on a page links stay as written, except that a link from the site's
/// root (`/feed.xml`) is put under the base URL's path, as the theme's links are. Either way an unsafe link is no link.
/// </summary>
public sealed class TargetedHtmlRenderer : HtmlRenderer
{
    public TargetedHtmlRenderer(HtmlTarget target)
        : base(new StringWriter())
    {
        Target = target;
        MarkdownRendering.Pipeline.Setup(this);
        ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new SafeLinkInlineRenderer());
        ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Footnotes.HtmlFootnoteLinkRenderer>(new FootnoteLinkRenderer());
        ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(new RawHtmlInlineRenderer());
        ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.HtmlBlockRenderer>(new RawHtmlBlockRenderer());
        ObjectRenderers.Add(new HtmlNotesRenderer());
        ObjectRenderers.FindExact<TimestampHtmlRenderer>()!.AsLinks = target == HtmlTarget.Page;
        // Every URL Markdig writes (links, images, autolinks, footnotes) passes here; unsafe ones never get this far.
        LinkRewriter = url => LinkUrl(url) ?? url;
    }

    public HtmlTarget Target { get; }

    /// <summary>The episode page the Markdown is shown for; a feed resolves relative links and fragments against it.</summary>
    public Uri? PageUrl { get; set; }

    /// <summary>The site's base URL (`https://you.github.io/show/`): links written from the root are put under it.</summary>
    public Uri? SiteUrl { get; set; }

    /// <summary>Whether the podcaster's own HTML was written by the current rendering, so the page must seal it.</summary>
    public bool WroteRawHtml { get; set; }

    /// <summary>The URL to write for a link or image, or null when it must be shown as text.</summary>
    public string? LinkUrl(string? url)
    {
        if (SiteUrl is not null && url is ['/', not '/', ..] or "/")
            url = Target == HtmlTarget.Page ? SiteUrl.AbsolutePath.TrimEnd('/') + url : new Uri(SiteUrl, url[1..]).AbsoluteUri;
        if (Target == HtmlTarget.Page)
            return LinkSafety.IsSafe(url) ? url : null;
        return LinkSafety.Absolute(url, PageUrl ?? throw new InvalidOperationException("a feed's Markdown needs the page it belongs to"));
    }
}
