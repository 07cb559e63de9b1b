using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

public sealed record AudioView(string Url, string MimeType, long Length, string? Duration, long? DurationSeconds) : ITemplateView
{
    private static readonly TemplateMembers<AudioView> Members = new(
        (nameof(Url), a => a.Url),
        (nameof(MimeType), a => a.MimeType),
        (nameof(Length), a => a.Length),
        (nameof(Duration), a => a.Duration),
        (nameof(DurationSeconds), a => a.DurationSeconds)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
