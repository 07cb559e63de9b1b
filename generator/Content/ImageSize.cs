using System.Buffers.Binary;

namespace PodcastSite.Content;

/// <summary>The format, pixel size and colour model of a JPEG or PNG, read from its header, for Apple's cover art rules.</summary>
public sealed record ImageSize(string Format, int Width, int Height, string Colours)
{
    public const string Rgb = "RGB";

    public static ImageSize? Read(SourceFile file)
    {
        using var stream = file.Open();
        var head = new byte[64 * 1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, length);
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
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

    // JPEG segments follow one another; the frame header (SOFn) holds the size. EXIF thumbnails sit in APP1, which is skipped whole.
    private static ImageSize? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
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
            if (isFrame)
                return new ImageSize(
                    "JPEG",
                    BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]),
                    BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]),
                    JpegColours(bytes[at + 9])
                );
            at += 2 + segment;
        }
        return null;
    }
}
