namespace PodcastSite.Images;

/// <summary>One smaller copy of a picture the site shows: where it goes, its pixel size, and how it is encoded.</summary>
public sealed record ImageVariant(string Path, int Width, int Height, ImageEncoding Encoding)
{
    public string MimeType =>
        Encoding switch
        {
            ImageEncoding.WebP => "image/webp",
            ImageEncoding.Png => "image/png",
            _ => "image/jpeg",
        };
}

/// <summary>WebP for every browser of the last years; JPEG (or PNG, for art with transparency) for the rest.</summary>
public enum ImageEncoding
{
    WebP,
    Jpeg,
    Png,
}
