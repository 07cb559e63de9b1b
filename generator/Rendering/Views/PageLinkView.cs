using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>A free page as the navigation shows it.</summary>
public sealed record PageLinkView(string Title, string Url) : ITemplateView
{
    private static readonly TemplateMembers<PageLinkView> Members = new((nameof(Title), p => p.Title), (nameof(Url), p => p.Url));

    IObjectAccessor ITemplateView.Members => Members;
}
