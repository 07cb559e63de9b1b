using SkiaSharp;

namespace PodcastSite.Images;

/// <summary>
/// Resizes with SkiaSharp (MIT, one native library beside the binary; chosen over NetVips by measurement, see the
/// README). Skia's encoders write no metadata and, on one machine, the same bytes for the same pixels every run.
/// </summary>
public sealed class SkiaImageResizer : IImageResizer
{
    public const int JpegQuality = 82;
    public const int WebPQuality = 80;

    /// <summary>What the bytes depend on besides the source: a cache keyed by it is never read across a change here.</summary>
    public static string Version => $"skia-{SkiaSharpVersion.Native}-q{JpegQuality}-{WebPQuality}-mipmap";

    public IReadOnlyList<byte[]>? Resize(byte[] source, IReadOnlyList<ImageVariant> variants)
    {
        try
        {
            return ResizeWithSkia(source, variants);
        }
        // The framework-dependent package carries libSkiaSharp for the common platforms only.
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new ImageLibraryMissingException(
                $"SkiaSharp's native library cannot be loaded on {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}",
                e
            );
        }
    }

    private static IReadOnlyList<byte[]>? ResizeWithSkia(byte[] source, IReadOnlyList<ImageVariant> variants)
    {
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data);
        if (codec is null || variants.Count == 0)
            return null;
        using var decoded = Decode(codec, variants.Max(v => v.Width));
        if (decoded is null)
            return null;
        using var image = SKImage.FromBitmap(decoded);
        return variants.Select(v => Encode(image, v)).ToList();
    }

    // A JPEG decoder can scale by 1/2, 1/4 or 1/8 as it decodes: a 3000 px cover is read at 750 px for a 640 px
    // copy, which is most of the time a resize takes. The mipmaps below do the rest of the shrinking.
    private static SKBitmap? Decode(SKCodec codec, int largestWidth)
    {
        var scaled = codec.GetScaledDimensions((float)largestWidth / codec.Info.Width);
        var size = scaled.Width >= largestWidth ? scaled : codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
            return bitmap;
        bitmap.Dispose();
        return null;
    }

    private static byte[] Encode(SKImage image, ImageVariant variant)
    {
        var info = new SKImageInfo(variant.Width, variant.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info);
        // JPEG has no transparency: a transparent corner would turn black, so it is drawn over white.
        surface.Canvas.Clear(variant.Encoding == ImageEncoding.Jpeg ? SKColors.White : SKColors.Transparent);
        surface.Canvas.DrawImage(image, new SKRect(0, 0, variant.Width, variant.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var snapshot = surface.Snapshot();
        using var encoded = variant.Encoding switch
        {
            ImageEncoding.WebP => snapshot.Encode(SKEncodedImageFormat.Webp, WebPQuality),
            ImageEncoding.Png => snapshot.Encode(SKEncodedImageFormat.Png, 100),
            _ => snapshot.Encode(SKEncodedImageFormat.Jpeg, JpegQuality),
        };
        return encoded.ToArray();
    }
}
