using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>An episode's transcript page as transcript.html sees it (<c>page.episode</c>, <c>page.cues</c>).</summary>
public sealed record TranscriptPageView(EpisodeView Episode, IReadOnlyList<CueView> Cues) : ITemplateView
{
    private static readonly TemplateMembers<TranscriptPageView> Members = new((nameof(Episode), t => t.Episode), (nameof(Cues), t => t.Cues));

    IObjectAccessor ITemplateView.Members => Members;
}
