using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

public sealed record ChapterView(string Start, long StartSeconds, string Title, string? Url) : ITemplateView
{
    private static readonly TemplateMembers<ChapterView> Members = new(
        (nameof(Start), c => c.Start),
        (nameof(StartSeconds), c => c.StartSeconds),
        (nameof(Title), c => c.Title),
        (nameof(Url), c => c.Url)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
