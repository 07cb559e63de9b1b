using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>
/// A picture as templates draw it (<c>_partials/picture.html</c>): <see cref="Src"/> is the largest copy the build
/// made, <see cref="Srcset"/> and <see cref="WebpSrcset"/> list every copy by width for the browser to choose from.
/// A picture without copies (at a web address, or unreadable) has only <see cref="Src"/>, the original.
/// </summary>
public sealed record ImageView(string Src, string? Srcset, string? WebpSrcset, string SmallestUrl) : ITemplateView
{
    private static readonly TemplateMembers<ImageView> Members = new(
        (nameof(Src), i => i.Src),
        (nameof(Srcset), i => i.Srcset),
        (nameof(WebpSrcset), i => i.WebpSrcset),
        (nameof(SmallestUrl), i => i.SmallestUrl)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
