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

/// <summary>A free page as the navigation shows it.</summary>
public sealed record PageLinkView(string Title, string Url);

/// <summary>A free page as its layout sees it (<c>page.title</c>, <c>page.body_html</c>).</summary>
public sealed record PageView(string Title, string Slug, string Url, string BodyHtml, IReadOnlyDictionary<string, object?> Extra);

public sealed record FundingView(string Url, string Text);
