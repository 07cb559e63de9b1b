using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>A link to another episode (the newer and older neighbours of an episode page).</summary>
public sealed record EpisodeLinkView(string Title, string Url) : ITemplateView
{
    private static readonly TemplateMembers<EpisodeLinkView> Members = new((nameof(Title), e => e.Title), (nameof(Url), e => e.Url));

    IObjectAccessor ITemplateView.Members => Members;
}
