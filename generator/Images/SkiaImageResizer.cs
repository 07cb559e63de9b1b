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
    public static string Version => $"skia-{SkiaSharpVersion.Native}-q{JpegQuality}-{WebPQuality}-mipmap-upright";

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
        // The caller refuses such pictures by their header too; Skia's own reading of the size is the one decoded.
        if (codec is null || variants.Count == 0 || (long)codec.Info.Width * codec.Info.Height > IImageResizer.MaxPixels)
            return null;
        var turned = codec.EncodedOrigin >= SKEncodedOrigin.LeftTop;
        using var decoded = Decode(codec, variants.Max(v => v.Width), turned);
        if (decoded is null)
            return null;
        using var stored = SKImage.FromBitmap(decoded);
        using var upright = codec.EncodedOrigin == SKEncodedOrigin.TopLeft ? null : Upright(stored, codec.EncodedOrigin);
        var image = upright ?? stored;
        return variants.Select(v => Encode(image, v)).ToList();
    }

    // A JPEG decoder can scale by 1/2, 1/4 or 1/8 as it decodes: a 3000 px cover is read at 750 px for a 640 px
    // copy, which is most of the time a resize takes. The mipmaps below do the rest of the shrinking. A picture stored
    // on its side is as wide, once turned, as it is stored high.
    private static SKBitmap? Decode(SKCodec codec, int largestWidth, bool turned)
    {
        var shownWidth = turned ? codec.Info.Height : codec.Info.Width;
        var scaled = codec.GetScaledDimensions((float)largestWidth / shownWidth);
        var size = (turned ? scaled.Height : scaled.Width) >= largestWidth ? scaled : codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        // Not `new SKBitmap(info)`, which throws a bare Exception when the memory cannot be had.
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            bitmap.Dispose();
            return null;
        }
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
            return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>
    /// The picture the way a browser shows the original: turned and mirrored as its EXIF orientation says (a phone
    /// stores a portrait photo on its side). The copies carry no EXIF, so their pixels must be upright themselves.
    /// </summary>
    private static SKImage Upright(SKImage stored, SKEncodedOrigin origin)
    {
        var (w, h) = (stored.Width, stored.Height);
        var turned = origin >= SKEncodedOrigin.LeftTop;
        using var surface = SKSurface.Create(
            new SKImageInfo(turned ? h : w, turned ? w : h, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb())
        );
        var canvas = surface.Canvas;
        // Each maps the stored picture's corner (0, 0) to where it is shown; the last call applies to the picture first.
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: // mirrored left to right
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight: // upside down
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft: // mirrored top to bottom
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop: // mirrored across the diagonal
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop: // a quarter turn clockwise
                canvas.Translate(h, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom: // mirrored across the other diagonal
                canvas.Translate(h, w);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom: // a quarter turn counter-clockwise
                canvas.Translate(0, w);
                canvas.RotateDegrees(-90);
                break;
        }
        canvas.DrawImage(stored, 0, 0);
        return surface.Snapshot();
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
