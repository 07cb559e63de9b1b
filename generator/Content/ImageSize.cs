using System.Buffers.Binary;

namespace PodcastSite.Content;

/// <summary>
/// The format, pixel size and colour model of a JPEG or PNG, read from its header, for Apple's cover art rules and the
/// pages. The size is the picture as it is shown: a phone's photo stored on its side with an EXIF orientation that
/// turns it upright (<see cref="Orientation"/> 5 to 8) is as wide as it is stored high.
/// </summary>
public sealed record ImageSize(string Format, int Width, int Height, string Colours)
{
    public const string Rgb = "RGB";

    /// <summary>EXIF's orientation, 1 (as stored) to 8; a browser shows the picture turned by it, and so do its copies.</summary>
    public int Orientation { get; init; } = 1;

    public static ImageSize? Read(SourceFile file)
    {
        using var stream = file.Open();
        var head = new byte[64 * 1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, length);
        // IHDR's colour type, the last byte read, is the 26th of the file.
        if (bytes.Length >= 26 && bytes[..8].SequenceEqual<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
            return new ImageSize(
                "PNG",
                (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]),
                PngColours(bytes[25])
            );
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
            return Jpeg(bytes);
        return null;
    }

    // IHDR's colour type: 2 is RGB; alpha (4, 6) is transparency, which Apple refuses; 0 and 4 are greyscale.
    private static string PngColours(byte colourType) =>
        colourType switch
        {
            2 or 3 => Rgb,
            6 => "RGB with transparency",
            0 => "greyscale",
            4 => "greyscale with transparency",
            _ => $"colour type {colourType}",
        };

    // The frame header's component count: 3 is YCbCr (shown as RGB), 1 greyscale, 4 CMYK (print colours).
    private static string JpegColours(byte components) =>
        components switch
        {
            3 => Rgb,
            1 => "greyscale",
            4 => "CMYK",
            _ => $"{components} colour components",
        };

    // JPEG segments follow one another; the frame header (SOFn) holds the size. APP1 holds EXIF, where only the
    // orientation is read (its thumbnail is skipped with the rest of the segment).
    private static ImageSize? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        var orientation = 1;
        while (at + 9 < bytes.Length)
        {
            if (bytes[at] != 0xFF)
                return null;
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }
            var segment = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (marker == 0xE1 && segment >= 2 && at + 2 + segment <= bytes.Length)
                orientation = ExifOrientation(bytes.Slice(at + 4, segment - 2)) ?? orientation;
            if (isFrame)
            {
                var (width, height) = (BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
                var turned = orientation is >= 5 and <= 8;
                return new ImageSize("JPEG", turned ? height : width, turned ? width : height, JpegColours(bytes[at + 9])) { Orientation = orientation };
            }
            at += 2 + segment;
        }
        return null;
    }

    // "Exif\0\0", then a TIFF header (byte order, 42, where the first directory starts) and that directory's entries:
    // tag 0x0112 is the orientation, a 16-bit number from 1 to 8.
    private static int? ExifOrientation(ReadOnlySpan<byte> app1)
    {
        if (app1.Length < 14 || !app1[..6].SequenceEqual("Exif\0\0"u8))
            return null;
        var tiff = app1[6..];
        var little = tiff[0] == (byte)'I' && tiff[1] == (byte)'I';
        if (!little && !(tiff[0] == (byte)'M' && tiff[1] == (byte)'M'))
            return null;
        ushort U16(ReadOnlySpan<byte> at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(at) : BinaryPrimitives.ReadUInt16BigEndian(at);
        var directory = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (directory > (uint)tiff.Length - 2)
            return null;
        var entries = U16(tiff[(int)directory..]);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)directory + 2 + (12 * i);
            if (entry + 12 > tiff.Length)
                return null;
            if (U16(tiff[entry..]) == 0x0112)
                return U16(tiff[(entry + 8)..]) is var value and >= 1 and <= 8 ? value : null;
        }
        return null;
    }
}
