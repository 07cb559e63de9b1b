using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

public sealed record FundingView(string Url, string Text) : ITemplateView
{
    private static readonly TemplateMembers<FundingView> Members = new((nameof(Url), f => f.Url), (nameof(Text), f => f.Text));

    IObjectAccessor ITemplateView.Members => Members;
}
