namespace PodcastSite.Model;

/// <summary>podcast:soundbite: a moment of the episode an app may play as a preview; without a title, apps use the episode's.</summary>
public sealed record Soundbite(TimeSpan Start, TimeSpan Duration, string? Title);
