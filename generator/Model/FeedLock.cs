namespace PodcastSite.Model;

/// <summary>podcast:locked: whether other platforms may import the show, and who can unlock it.</summary>
public sealed record FeedLock(string Owner, bool Value);
