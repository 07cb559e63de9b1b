using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Model;
using PodcastSite.Rendering;

namespace PodcastSite.Images;

/// <summary>A picture resized: what pages say about it, and the copies to publish beside it.</summary>
public sealed record ResizedImage(ResponsiveImage Image, IReadOnlyList<GeneratedFile> Files);

/// <summary>
/// Resize: every picture the pages show (the cover, episode art, photos of hosts and guests) into the smaller copies
/// the theme draws. The feed keeps pointing at the originals: Apple wants cover art of at least 1400 px.
/// </summary>
public static class SiteImages
{
    /// <summary>The pictures of the input that pages show, each once, in path order. Art at a web address is left alone.</summary>
    public static IReadOnlyList<SourceFile> Sources(Site site, SourceFolder input)
    {
        var people = site.Show.Hosts.Concat(site.Episodes.SelectMany(e => e.Hosts.Concat(e.Guests))).Concat(site.Guests.Select(g => g.Person));
        var paths = new[] { site.Show.Image }.Concat(site.Episodes.Select(e => e.Image)).Concat(people.Select(p => p.Image));
        return paths
            .OfType<string>()
            .Where(p => !InputPaths.IsWebAddress(p))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(input.Find)
            .OfType<SourceFile>()
            .ToList();
    }

    /// <summary>
    /// The copies of one picture; null for a file that is not a JPEG or PNG (the content checks say so where it
    /// matters) or whose pixels cannot be read, which pages then show as it is.
    /// </summary>
    public static ResizedImage? Resize(SourceFile file, IImageResizer resizer, DiagnosticBag diagnostics)
    {
        if (ImageSize.Read(file) is not { Width: > 0, Height: > 0 } size)
            return null;
        if ((long)size.Width * size.Height > IImageResizer.MaxPixels)
        {
            diagnostics.Warning(
                file.DisplayPath,
                0,
                0,
                $"this {size.Format} is {size.Width}x{size.Height} px, more than the {IImageResizer.MaxPixels / 1_000_000} million pixels a picture may have to be resized, so pages show it at full size; save it smaller from an image editor"
            );
            return null;
        }
        var plan = ResponsiveImage.Plan(file.Path, size.Width, size.Height, transparent: size.Colours.Contains("transparency", StringComparison.Ordinal));
        IReadOnlyList<byte[]>? bytes;
        try
        {
            bytes = resizer.Resize(file.ReadBytes(), plan.Variants);
        }
        catch (ImageLibraryMissingException e)
        {
            diagnostics.Warning(file.DisplayPath, 0, 0, $"pages show this picture at full size: {e.Message}; install the tool's package for your platform");
            return null;
        }
        if (bytes is null)
        {
            diagnostics.Warning(
                file.DisplayPath,
                0,
                0,
                $"the pixels of this {size.Format} cannot be read, so pages show it at full size; save it again from an image editor"
            );
            return null;
        }
        return new ResizedImage(plan, plan.Variants.Select((v, i) => new GeneratedFile(v.Path, bytes[i])).ToList());
    }

    /// <summary>Every picture's copies, resized in parallel, by source path.</summary>
    public static IReadOnlyDictionary<string, ResizedImage> ResizeAll(Site site, SourceFolder input, IImageResizer resizer, DiagnosticBag diagnostics) =>
        Sources(site, input)
            .AsParallel()
            .AsOrdered()
            .Select(file => (file.Path, Resized: Resize(file, resizer, diagnostics)))
            .Where(r => r.Resized is not null)
            .ToDictionary(r => r.Path, r => r.Resized!, StringComparer.Ordinal);
}
