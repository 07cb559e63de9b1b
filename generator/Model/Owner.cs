namespace PodcastSite.Model;

public sealed record Owner(string Name, string Email);

public sealed record FeedLock(string Owner, bool Value);
