using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>A page of the episode list as home.html sees it (<c>page.episodes</c>, <c>page.pager</c>).</summary>
public sealed record HomePageView(IReadOnlyList<EpisodeView> Episodes, PagerView Pager, IReadOnlyList<EpisodeView> Featured) : ITemplateView
{
    private static readonly TemplateMembers<HomePageView> Members = new(
        (nameof(Episodes), h => h.Episodes),
        (nameof(Pager), h => h.Pager),
        (nameof(Featured), h => h.Featured)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
