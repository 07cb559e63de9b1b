namespace PodcastSite.Rendering.Views;

/// <summary>A free page as its layout sees it (<c>page.title</c>, <c>page.body_html</c>).</summary>
public sealed record PageView(string Title, string Slug, string Url, string BodyHtml, IReadOnlyDictionary<string, object?> Extra);
