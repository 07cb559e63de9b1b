using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PodcastSite.Scaffold;

/// <summary>
/// A cover for a new show until the podcaster has their own: a 1400x1400 RGB PNG (the smallest size Apple takes),
/// a diagonal gradient with rings like sound waves, drawn pixel by pixel so no image library is needed.
/// </summary>
public static class PlaceholderCover
{
    public const int Size = 1400;

    public static byte[] Png()
    {
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), Size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Size);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB, no alpha: Apple refuses art with transparency
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", CompressedPixels());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] CompressedPixels()
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + Size * 3]; // each row starts with its filter type, 0: none
            for (var y = 0; y < Size; y++)
            {
                for (var x = 0; x < Size; x++)
                {
                    var (r, g, b) = Pixel(x, y);
                    row[1 + x * 3] = r;
                    row[2 + x * 3] = g;
                    row[3 + x * 3] = b;
                }
                zlib.Write(row);
            }
        }
        return compressed.ToArray();
    }

    private static (byte R, byte G, byte B) Pixel(int x, int y)
    {
        // From warm orange at the top left to deep plum at the bottom right.
        var t = (x + y) / (2.0 * (Size - 1));
        double r = Mix(0xE0, 0x2B, t),
            g = Mix(0x6A, 0x1A, t),
            b = Mix(0x3A, 0x3D, t);
        var distance = Math.Sqrt(Math.Pow(x - Size / 2.0, 2) + Math.Pow(y - Size / 2.0, 2));
        var onRing = distance < 120 || (distance is > 220 and < 260) || (distance is > 360 and < 390) || (distance is > 500 and < 520);
        return onRing ? ((byte)Mix(r, 255, 0.85), (byte)Mix(g, 255, 0.85), (byte)Mix(b, 255, 0.85)) : ((byte)r, (byte)g, (byte)b);
    }

    private static double Mix(double from, double to, double t) => from + (to - from) * t;

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
