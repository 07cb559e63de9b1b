namespace PodcastSite.Model;

/// <summary>
/// The company or network behind the show. Its name is for people (the site's structured data); a publisher feed of
/// its own (<see cref="FeedGuid"/> and <see cref="FeedUrl"/>, both or neither) is what podcast:publisher points at.
/// </summary>
public sealed record Publisher(string Name, Guid? FeedGuid, Uri? FeedUrl);
