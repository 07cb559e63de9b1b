using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>
/// A line of a transcript page. <see cref="Speaker"/> is set only where the speaker changes, so a page reads like a
/// script; <see cref="Url"/> opens the episode's page with the player at this line.
/// </summary>
public sealed record CueView(string Start, long StartSeconds, string? Speaker, string Text, string Url) : ITemplateView
{
    private static readonly TemplateMembers<CueView> Members = new(
        (nameof(Start), c => c.Start),
        (nameof(StartSeconds), c => c.StartSeconds),
        (nameof(Speaker), c => c.Speaker),
        (nameof(Text), c => c.Text),
        (nameof(Url), c => c.Url)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
