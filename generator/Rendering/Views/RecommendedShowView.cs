using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>
/// A show of the podroll as "Shows we recommend" lists it: <see cref="Url"/> is its website, or its feed when no website
/// was given; <see cref="ImageUrl"/> is null unless art was given (the theme then shows the title alone).
/// </summary>
public sealed record RecommendedShowView(string Title, string Url, string? FeedUrl, string? ImageUrl) : ITemplateView
{
    private static readonly TemplateMembers<RecommendedShowView> Members = new(
        (nameof(Title), s => s.Title),
        (nameof(Url), s => s.Url),
        (nameof(FeedUrl), s => s.FeedUrl),
        (nameof(ImageUrl), s => s.ImageUrl)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
