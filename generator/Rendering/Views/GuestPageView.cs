using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>A guest's page as guest.html sees it (<c>page.person</c>, <c>page.episodes</c>).</summary>
public sealed record GuestPageView(PersonView Person, IReadOnlyList<EpisodeView> Episodes) : ITemplateView
{
    private static readonly TemplateMembers<GuestPageView> Members = new((nameof(Person), g => g.Person), (nameof(Episodes), g => g.Episodes));

    IObjectAccessor ITemplateView.Members => Members;
}
