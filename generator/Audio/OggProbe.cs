namespace PodcastSite.Audio;

/// <summary>
/// Ogg Opus and Ogg Vorbis: the last page's granule position counts samples; Opus counts at 48 kHz after a
/// pre-skip, Vorbis at the stream's sample rate. Only the first page and the file's tail are read.
/// </summary>
internal static class OggProbe
{
    private const int TailBytes = 128 * 1024;

    public static TimeSpan Duration(Stream stream)
    {
        var first = ByteReading.ReadUpTo(stream, 0, 512);
        var serial = ByteReading.UInt32LE(first, 14);
        var segments = first[26];
        var packet = first.AsSpan(27 + segments);
        long sampleRate;
        long preSkip = 0;
        if (ByteReading.Matches(packet, 0, "OpusHead"))
        {
            sampleRate = 48000;
            preSkip = ByteReading.UInt16LE(packet, 10);
        }
        else if (packet.Length > 16 && packet[0] == 1 && ByteReading.Matches(packet, 1, "vorbis"))
        {
            sampleRate = ByteReading.UInt32LE(packet, 12);
        }
        else
        {
            throw new AudioFormatException("Ogg file holds neither Opus nor Vorbis audio");
        }

        var tailStart = Math.Max(0, stream.Length - TailBytes);
        var tail = ByteReading.ReadUpTo(stream, tailStart, TailBytes);
        for (var i = tail.Length - 27; i >= 0; i--)
        {
            if (!ByteReading.Matches(tail, i, "OggS") || ByteReading.UInt32LE(tail, i + 14) != serial)
                continue;
            var granule = ByteReading.Int64LE(tail, i + 6);
            if (granule < 0)
                continue;
            if (sampleRate == 0)
                throw new AudioFormatException("Vorbis header has no sample rate");
            return TimeSpan.FromSeconds(Math.Max(0, granule - preSkip) / (double)sampleRate);
        }
        throw new AudioFormatException("the Ogg file is truncated: no last page found");
    }
}
