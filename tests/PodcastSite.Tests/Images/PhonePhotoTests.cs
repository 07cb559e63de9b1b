using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Images;
using PodcastSite.Rendering;
using PodcastSite.Tests.Support;
using Shouldly;
using SkiaSharp;

namespace PodcastSite.Tests.Images;

/// <summary>
/// A phone stores a portrait photo on its side and says in its EXIF orientation how to turn it; browsers show the
/// original turned. The copies the build makes carry no EXIF, so they must be turned already.
/// </summary>
public sealed class PhonePhotoTests
{
    // The photo as stored: 600 × 400, its quarters red, green / blue, yellow.
    private static readonly SKColor[] StoredQuarters = [SKColors.Red, SKColors.Lime, SKColors.Blue, SKColors.Yellow];

    [Theory]
    // orientation, the size shown, and which stored quarters are shown top left and top right
    [InlineData(1, 600, 400, 0, 1)]
    [InlineData(2, 600, 400, 1, 0)]
    [InlineData(3, 600, 400, 3, 2)]
    [InlineData(4, 600, 400, 2, 3)]
    [InlineData(5, 400, 600, 0, 2)]
    [InlineData(6, 400, 600, 2, 0)]
    [InlineData(7, 400, 600, 3, 1)]
    [InlineData(8, 400, 600, 1, 3)]
    public void A_guest_photo_is_published_the_way_up_its_exif_orientation_says(int orientation, int width, int height, int topLeft, int topRight)
    {
        var photo = SourceFile.FromBytes("assets/jane.jpg", "input/assets/jane.jpg", PhonePhoto(orientation, littleEndian: orientation % 2 == 0));
        ImageSize.Read(photo).ShouldBe(new ImageSize("JPEG", width, height, ImageSize.Rgb) { Orientation = orientation });

        var site = Build(photo);

        var copy = Decoded(site, "assets/jane-96w.jpg");
        (copy.Width, copy.Height).ShouldBe((96, 96 * height / width), "the copy is not the shape the photo is shown in");
        Near(copy.GetPixel(10, 10), StoredQuarters[topLeft]).ShouldBeTrue($"top left is {copy.GetPixel(10, 10)}, not the stored quarter {topLeft}");
        Near(copy.GetPixel(copy.Width - 10, 10), StoredQuarters[topRight])
            .ShouldBeTrue($"top right is {copy.GetPixel(copy.Width - 10, 10)}, not the stored quarter {topRight}");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xE1, 0x00, 0x00 })]
    [InlineData(new byte[] { 0xFF, 0xE1, 0x00, 0x01 })]
    [InlineData(new byte[] { 0xFF, 0xE1, 0x00, 0x0A, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'M', (byte)'M' })]
    [InlineData(new byte[] { 0xFF, 0xE1, 0x00, 0x12, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'I', (byte)'I', 42, 0, 0xFF, 0xFF, 0, 0, 9, 9 })]
    public void A_broken_exif_segment_never_stops_the_size_being_read(byte[] app1)
    {
        var jpeg = PhonePhoto(1, littleEndian: false);
        var file = SourceFile.FromBytes("assets/x.jpg", "input/assets/x.jpg", [.. jpeg[..2], .. app1, .. jpeg[2..]]);

        Should.NotThrow(() => ImageSize.Read(file));
    }

    private static TestSite Build(SourceFile photo)
    {
        // The test show's episode, its guest with the photo.
        var (input, theme) = TestSite.Folders(
            TestSite.Show + "\n" + TestSite.Episode.Replace("  - name: Jane Doe", "  - name: Jane Doe\n    image: assets/jane.jpg", StringComparison.Ordinal)
        );
        var withPhoto = new SourceFolder(input.DisplayRoot, input.Files.Append(photo));
        return TestSite
            .From(SiteBuilder.Build(withPhoto, theme, new BuildOptions(TestSite.DefaultNow), new AudioProbe(), resizer: new SkiaImageResizer()))
            .ShouldSucceed();
    }

    private static SKBitmap Decoded(TestSite site, string path)
    {
        var file = site.Result.Files.OfType<GeneratedFile>().FirstOrDefault(f => f.Path == path);
        file.ShouldNotBeNull($"the site has no `{path}`");
        return SKBitmap.Decode(file.Content);
    }

    private static bool Near(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) < 60;

    /// <summary>A JPEG as a phone writes one: the pixels as the sensor had them, and an EXIF orientation to turn them by.</summary>
    private static byte[] PhonePhoto(int orientation, bool littleEndian)
    {
        using var surface = SKSurface.Create(new SKImageInfo(600, 400));
        for (var quarter = 0; quarter < 4; quarter++)
        {
            using var paint = new SKPaint { Color = StoredQuarters[quarter] };
            surface.Canvas.DrawRect(quarter % 2 * 300, quarter / 2 * 200, 300, 200, paint);
        }
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, 95);
        var jpeg = encoded.ToArray();
        // A TIFF header and one directory of one entry: tag 0x0112 (orientation), type 3 (16-bit), count 1.
        byte[] tiff = littleEndian
            ? [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)orientation, 0, 0, 0, 0, 0, 0, 0]
            : [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];
        var length = 2 + 6 + tiff.Length;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. tiff];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }
}
