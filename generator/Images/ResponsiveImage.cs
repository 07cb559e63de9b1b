namespace PodcastSite.Images;

/// <summary>
/// A picture of the input (cover, episode art, a guest's photo) and the smaller copies the build makes of it, so a
/// page sends a 96 px thumbnail as a few kilobytes, not the 3000 px original the feed gives to podcast apps.
/// </summary>
public sealed record ResponsiveImage(string SourcePath, int Width, int Height, IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>The widths the theme draws pictures at, doubled for high-density screens: 48 and 96 px, 112 to 260 px, 320 px.</summary>
    public static readonly IReadOnlyList<int> StandardWidths = [96, 320, 640];

    public IEnumerable<ImageVariant> WebP => Variants.Where(v => v.Encoding == ImageEncoding.WebP);

    /// <summary>The copies in the format every browser reads: JPEG, or PNG when the picture has transparency.</summary>
    public IEnumerable<ImageVariant> Fallback => Variants.Where(v => v.Encoding != ImageEncoding.WebP);

    /// <summary>
    /// The copies of a picture of this size: each standard width below its own, and one at its own width when it is
    /// narrower than the largest (so a 500 px photo is re-encoded, never enlarged).
    /// </summary>
    public static ResponsiveImage Plan(string sourcePath, int width, int height, bool transparent)
    {
        var largest = StandardWidths[^1];
        var widths = StandardWidths.Where(w => w < width).Append(Math.Min(width, largest)).Distinct().Order();
        var fallback = transparent ? ImageEncoding.Png : ImageEncoding.Jpeg;
        var variants = new List<ImageVariant>();
        foreach (var w in widths)
        {
            var h = Math.Max(1, (int)Math.Round((double)height * w / width, MidpointRounding.AwayFromZero));
            variants.Add(new ImageVariant(VariantPath(sourcePath, w, ImageEncoding.WebP), w, h, ImageEncoding.WebP));
            variants.Add(new ImageVariant(VariantPath(sourcePath, w, fallback), w, h, fallback));
        }
        return new ResponsiveImage(sourcePath, width, height, variants);
    }

    // Beside the original, so a host's rules for assets/ apply to the copies too: assets/images/cover-320w.webp.
    private static string VariantPath(string sourcePath, int width, ImageEncoding encoding)
    {
        var dot = sourcePath.LastIndexOf('.');
        var stem = dot > sourcePath.LastIndexOf('/') ? sourcePath[..dot] : sourcePath;
        var extension = encoding switch
        {
            ImageEncoding.WebP => "webp",
            ImageEncoding.Png => "png",
            _ => "jpg",
        };
        return $"{stem}-{width}w.{extension}";
    }
}
