namespace PodcastSite.Rendering.Views;

public sealed record FundingView(string Url, string Text);
