namespace PodcastSite.Scaffold;

/// <summary>What `init` asks for; everything else in the new show's podcast.yml is a documented default.</summary>
public sealed record ShowSettings(string Title, string Author, string Email, Uri BaseUrl, string Language, string Category);
