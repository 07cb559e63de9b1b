namespace PodcastSite.Model;

/// <summary>
/// podcast:socialInteract: where listeners comment on the episode (a Mastodon post, a Bluesky thread). With the protocol
/// <c>disabled</c> there is no <see cref="Uri"/>: it says comments are off.
/// </summary>
public sealed record SocialInteract(string Protocol, Uri? Uri, string? AccountId, Uri? AccountUrl);
