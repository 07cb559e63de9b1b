namespace PodcastSite.Model;

/// <summary>Where listeners follow the show in one podcast app: <paramref name="App"/> is its key under <c>subscribe:</c>.</summary>
public sealed record SubscribeLink(string App, Uri Url);
