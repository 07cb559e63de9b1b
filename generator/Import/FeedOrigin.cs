namespace PodcastSite.Import;

/// <summary>
/// Where a feed came from: <paramref name="DisplayName"/> names it in messages (a path or an address, as the user gave
/// it); <paramref name="Address"/> is the http(s) address it was downloaded from, as given, before any redirect.
/// </summary>
public sealed record FeedOrigin(string DisplayName, Uri? Address);
