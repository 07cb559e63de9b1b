using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>A person as templates see them. <see cref="Url"/> is their page on this site, <see cref="Link"/> their own site.</summary>
public sealed record PersonView(string Name, string Slug, string? Url, string? Link, string? ImageUrl, string Role, int EpisodeCount) : ITemplateView
{
    public string? BioHtml { get; init; }

    /// <summary>The photo in the sizes the build made of it; null when the person has none.</summary>
    public ImageView? Image { get; init; }

    private static readonly TemplateMembers<PersonView> Members = new(
        (nameof(Name), p => p.Name),
        (nameof(Slug), p => p.Slug),
        (nameof(Url), p => p.Url),
        (nameof(Link), p => p.Link),
        (nameof(ImageUrl), p => p.ImageUrl),
        (nameof(Role), p => p.Role),
        (nameof(EpisodeCount), p => p.EpisodeCount),
        (nameof(BioHtml), p => p.BioHtml),
        (nameof(Image), p => p.Image)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
