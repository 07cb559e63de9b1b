using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>The page of all guests as guests.html sees it (<c>page.guests</c>).</summary>
public sealed record GuestListView(IReadOnlyList<PersonView> Guests) : ITemplateView
{
    private static readonly TemplateMembers<GuestListView> Members = new((nameof(Guests), g => g.Guests));

    IObjectAccessor ITemplateView.Members => Members;
}
