using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>
/// What a page tells machines about itself (<c>meta.canonical_url</c>...): link previews (Open Graph, Twitter cards)
/// and search engines (JSON-LD) read absolute addresses only.
/// </summary>
public sealed record PageMetaView(string CanonicalUrl, string Type, string ImageUrl, string? AudioUrl, string? AudioType, string? JsonLd) : ITemplateView
{
    /// <summary>The page's oEmbed answer, for the discovery link that lets editors turn a pasted address into a player.</summary>
    public string? OembedUrl { get; init; }

    private static readonly TemplateMembers<PageMetaView> Members = new(
        (nameof(CanonicalUrl), m => m.CanonicalUrl),
        (nameof(Type), m => m.Type),
        (nameof(ImageUrl), m => m.ImageUrl),
        (nameof(AudioUrl), m => m.AudioUrl),
        (nameof(AudioType), m => m.AudioType),
        (nameof(JsonLd), m => m.JsonLd),
        (nameof(OembedUrl), m => m.OembedUrl)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
