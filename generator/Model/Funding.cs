namespace PodcastSite.Model;

public sealed record Funding(Uri Url, string Text);
