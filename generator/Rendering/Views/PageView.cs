using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>A free page as its layout sees it (<c>page.title</c>, <c>page.body_html</c>).</summary>
public sealed record PageView(string Title, string Slug, string Url, string BodyHtml, IReadOnlyDictionary<string, object?> Extra) : ITemplateView
{
    private static readonly TemplateMembers<PageView> Members = new(
        (nameof(Title), p => p.Title),
        (nameof(Slug), p => p.Slug),
        (nameof(Url), p => p.Url),
        (nameof(BodyHtml), p => p.BodyHtml),
        (nameof(Extra), p => p.Extra)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
