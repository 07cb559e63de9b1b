using System.Buffers.Binary;

namespace PodcastSite.Audio;

/// <summary>Small helpers for reading headers: exact reads that say "truncated" instead of returning short.</summary>
internal static class ByteReading
{
    public static byte[] ReadAt(Stream stream, long offset, int count)
    {
        var buffer = new byte[count];
        stream.Position = offset;
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        if (read < count)
            throw new AudioFormatException("the file is truncated");
        return buffer;
    }

    /// <summary>Up to <paramref name="count"/> bytes from <paramref name="offset"/>, fewer at the end of the file.</summary>
    public static byte[] ReadUpTo(Stream stream, long offset, int count)
    {
        var buffer = new byte[(int)Math.Max(0, Math.Min(count, stream.Length - offset))];
        stream.Position = offset;
        stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer;
    }

    public static uint UInt32BE(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b[at..]);

    public static ulong UInt64BE(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt64BigEndian(b[at..]);

    public static uint UInt32LE(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);

    public static ushort UInt16LE(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);

    public static long Int64LE(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadInt64LittleEndian(b[at..]);

    /// <summary>ID3v2's 28-bit sizes: four bytes of seven bits each, so no byte looks like an MPEG sync.</summary>
    public static int SyncSafe(ReadOnlySpan<byte> b, int at) => (b[at] & 0x7F) << 21 | (b[at + 1] & 0x7F) << 14 | (b[at + 2] & 0x7F) << 7 | (b[at + 3] & 0x7F);

    public static bool Matches(ReadOnlySpan<byte> b, int at, string ascii)
    {
        if (b.Length < at + ascii.Length)
            return false;
        for (var i = 0; i < ascii.Length; i++)
            if (b[at + i] != ascii[i])
                return false;
        return true;
    }
}
