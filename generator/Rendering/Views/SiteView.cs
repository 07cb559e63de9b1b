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
    IReadOnlyDictionary<string, object?> Extra);
