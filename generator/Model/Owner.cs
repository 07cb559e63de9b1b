namespace PodcastSite.Model;

public sealed record Owner(string Name, string Email);
