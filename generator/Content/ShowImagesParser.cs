using PodcastSite.Diagnostics;
using PodcastSite.Model;
using PodcastSite.Text;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Parse: podcast.yml's `images:`, art for purposes beyond the cover (podcast:image).</summary>
public static class ShowImagesParser
{
    public static readonly string[] Keys = ["href", "alt", "purpose", "width", "height"];

    /// <summary>The purposes the namespace names; apps ignore others, so a misspelt one is worth a warning.</summary>
    public static readonly string[] Purposes = ["artwork", "social", "canvas", "banner", "publisher", "circular", "poster"];

    public static IReadOnlyList<ShowImage> Parse(YamlMap show, SourceFolder input) =>
        show.List("images").Select(node => Image(node, show.Context, input)).OfType<ShowImage>().ToList();

    private static ShowImage? Image(YamlNode node, YamlContext context, SourceFolder input)
    {
        var map = context.Mapping(node, "an image");
        if (map is null)
            return null;
        map.CheckUnknownKeys(Keys, Severity.Error, "`images`");
        var href = InputPaths.PathOrUrl(map, "href", input, required: true);
        var alt = map.String("alt");
        var purpose = map.String("purpose");
        foreach (var token in purpose?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            if (Purposes.Contains(token, StringComparer.Ordinal))
                continue;
            var suggestion = EditDistance.Closest(token, Purposes, maxDistance: 2);
            context.Diagnostics.Warning(
                context.At(map.Node("purpose")!),
                suggestion is null
                    ? $"`{token}` is not a purpose apps know; the namespace names {string.Join(", ", Purposes.Select(p => $"`{p}`"))}"
                    : $"`{token}` is not a purpose apps know; did you mean `{suggestion}`?"
            );
        }
        var width = map.PositiveInt("width");
        var height = map.PositiveInt("height");
        // A file published with the site says its own size, which apps use to pick among images before fetching one.
        if (href is not null && !InputPaths.IsWebAddress(href) && input.Find(href) is { } file && ImageSize.Read(file) is { } size)
        {
            if ((width is not null && width != size.Width) || (height is not null && height != size.Height))
                context.Diagnostics.Warning(
                    context.At(map.Node("width") ?? map.Node("height")!),
                    $"`{href}` is {size.Width}x{size.Height} px, not the size written here; the feed gives the file's own size, so leave `width` and `height` out"
                );
            width = size.Width;
            height = size.Height;
        }
        return href is null ? null : new ShowImage(href, alt, purpose, width, height);
    }
}
