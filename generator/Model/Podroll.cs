namespace PodcastSite.Model;

/// <summary>
/// One show of the podroll (podcast:remoteItem): <see cref="FeedGuid"/> is how apps find it; the address, title and art
/// are for the site's "Shows we recommend" and for apps that do not look the guid up. <see cref="Image"/> is a path under
/// <c>input/</c> or an address elsewhere.
/// </summary>
public sealed record RecommendedShow(Guid FeedGuid, Uri? FeedUrl, string? Title, Uri? Url, string? Image);
