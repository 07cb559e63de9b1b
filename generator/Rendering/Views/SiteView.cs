using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>The show as templates see it (<c>site.title</c>, <c>site.feed_url</c>...).</summary>
public sealed record SiteView(
    string Title,
    string? Subtitle,
    string DescriptionHtml,
    string Description,
    string BaseUrl,
    string BasePath,
    string HomeUrl,
    string GuestsUrl,
    string FeedUrl,
    string SearchUrl,
    string FeedAbsoluteUrl,
    string ImageUrl,
    string Language,
    string Author,
    string? Copyright,
    IReadOnlyList<PersonView> Hosts,
    IReadOnlyList<FundingView> Funding,
    IReadOnlyList<string> Categories,
    int EpisodeCount,
    IReadOnlyList<PageLinkView> Pages,
    IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyList<SubscribeAppView> Subscribe,
    string SubscribeUrl,
    string FeedPodcastUrl,
    string FeedPcastUrl,
    string ImageAbsoluteUrl,
    bool HasGuests
) : ITemplateView
{
    /// <summary>The podroll's shows that can be linked (those with a website or a feed address).</summary>
    public IReadOnlyList<RecommendedShowView> Podroll { get; init; } = [];

    /// <summary>The cover, in the sizes the build made of it; <see cref="ImageUrl"/> is the original the feed names.</summary>
    public ImageView Image { get; init; } = new("", null, null, "");

    private static readonly TemplateMembers<SiteView> Members = new(
        (nameof(Title), s => s.Title),
        (nameof(Subtitle), s => s.Subtitle),
        (nameof(DescriptionHtml), s => s.DescriptionHtml),
        (nameof(Description), s => s.Description),
        (nameof(BaseUrl), s => s.BaseUrl),
        (nameof(BasePath), s => s.BasePath),
        (nameof(HomeUrl), s => s.HomeUrl),
        (nameof(GuestsUrl), s => s.GuestsUrl),
        (nameof(FeedUrl), s => s.FeedUrl),
        (nameof(SearchUrl), s => s.SearchUrl),
        (nameof(FeedAbsoluteUrl), s => s.FeedAbsoluteUrl),
        (nameof(ImageUrl), s => s.ImageUrl),
        (nameof(Language), s => s.Language),
        (nameof(Author), s => s.Author),
        (nameof(Copyright), s => s.Copyright),
        (nameof(Hosts), s => s.Hosts),
        (nameof(Funding), s => s.Funding),
        (nameof(Categories), s => s.Categories),
        (nameof(EpisodeCount), s => s.EpisodeCount),
        (nameof(Pages), s => s.Pages),
        (nameof(Extra), s => s.Extra),
        (nameof(Subscribe), s => s.Subscribe),
        (nameof(SubscribeUrl), s => s.SubscribeUrl),
        (nameof(FeedPodcastUrl), s => s.FeedPodcastUrl),
        (nameof(FeedPcastUrl), s => s.FeedPcastUrl),
        (nameof(ImageAbsoluteUrl), s => s.ImageAbsoluteUrl),
        (nameof(HasGuests), s => s.HasGuests),
        (nameof(Podroll), s => s.Podroll),
        (nameof(Image), s => s.Image)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
