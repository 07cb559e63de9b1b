namespace PodcastSite.Model;

/// <summary>Someone heard on the show. Identity is the whitespace-normalised name; the slug names the page.</summary>
public sealed record Person(string Name, string Slug, Uri? Url, string? Image, string Role, string Group);
