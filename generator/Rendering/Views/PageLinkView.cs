namespace PodcastSite.Rendering.Views;

/// <summary>A free page as the navigation shows it.</summary>
public sealed record PageLinkView(string Title, string Url);
