using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>One podcast app the show is in: <see cref="App"/> names its icon and its label in strings.yml (<c>strings.apps[app.app]</c>).</summary>
public sealed record SubscribeAppView(string App, string Url) : ITemplateView
{
    private static readonly TemplateMembers<SubscribeAppView> Members = new((nameof(App), a => a.App), (nameof(Url), a => a.Url));

    IObjectAccessor ITemplateView.Members => Members;
}
