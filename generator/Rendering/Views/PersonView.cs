namespace PodcastSite.Rendering.Views;

/// <summary>A person as templates see them. <see cref="Url"/> is their page on this site, <see cref="Link"/> their own site.</summary>
public sealed record PersonView(string Name, string Slug, string? Url, string? Link, string? ImageUrl, string Role, int EpisodeCount);
