namespace PodcastSite.Rendering.Views;

/// <summary>One page of the episode list: <c>/</c>, <c>/page/2/</c>...</summary>
public sealed record PagerView(int Number, int Total, string? PreviousUrl, string? NextUrl);
