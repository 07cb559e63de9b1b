using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>The episode as a video file the page plays, with the episode's WebVTT captions when it has some.</summary>
public sealed record VideoView(string Url, string MimeType, string? CaptionsUrl, string CaptionsLanguage) : ITemplateView
{
    private static readonly TemplateMembers<VideoView> Members = new(
        (nameof(Url), v => v.Url),
        (nameof(MimeType), v => v.MimeType),
        (nameof(CaptionsUrl), v => v.CaptionsUrl),
        (nameof(CaptionsLanguage), v => v.CaptionsLanguage)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
