using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>One page of the episode list: <c>/</c>, <c>/page/2/</c>...</summary>
public sealed record PagerView(int Number, int Total, string? PreviousUrl, string? NextUrl) : ITemplateView
{
    private static readonly TemplateMembers<PagerView> Members = new(
        (nameof(Number), p => p.Number),
        (nameof(Total), p => p.Total),
        (nameof(PreviousUrl), p => p.PreviousUrl),
        (nameof(NextUrl), p => p.NextUrl)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
