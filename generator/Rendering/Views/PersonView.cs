using System.Globalization;
using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>A person as templates see them. <see cref="Url"/> is their page on this site, <see cref="Link"/> their own site.</summary>
public sealed record PersonView(string Name, string Slug, string? Url, string? Link, string? ImageUrl, string Role, int EpisodeCount) : ITemplateView
{
    public string? BioHtml { get; init; }

    /// <summary>The photo in the sizes the build made of it; null when the person has none.</summary>
    public ImageView? Image { get; init; }

    /// <summary>
    /// The first character of the name as a reader sees one (an emoji or a letter with its accent, never half of
    /// either), in capitals: what a theme shows where there is no photo.
    /// </summary>
    public string Initial => Name.Length == 0 ? "" : StringInfo.GetNextTextElement(Name).ToUpperInvariant();

    private static readonly TemplateMembers<PersonView> Members = new(
        (nameof(Name), p => p.Name),
        (nameof(Slug), p => p.Slug),
        (nameof(Url), p => p.Url),
        (nameof(Link), p => p.Link),
        (nameof(ImageUrl), p => p.ImageUrl),
        (nameof(Role), p => p.Role),
        (nameof(EpisodeCount), p => p.EpisodeCount),
        (nameof(BioHtml), p => p.BioHtml),
        (nameof(Image), p => p.Image),
        (nameof(Initial), p => p.Initial)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
