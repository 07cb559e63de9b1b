namespace PodcastSite.Audio;

/// <summary>
/// Ogg Opus and Ogg Vorbis: the last page's granule position counts samples; Opus counts at 48 kHz after a
/// pre-skip, Vorbis at the stream's sample rate. Only the first page and the file's tail are read.
/// </summary>
internal static class OggProbe
{
    private const int TailBytes = 128 * 1024;
    private const int PageHeaderBytes = 27;
    private const int OpusHeadBytes = 19;

    public static TimeSpan Duration(Stream stream)
    {
        var first = ByteReading.ReadUpTo(stream, 0, 512);
        // A page is a 27-byte header, one length byte per segment, then the segments; the first page holds the codec's header.
        if (first.Length < PageHeaderBytes || first.Length < PageHeaderBytes + first[26])
            throw new AudioFormatException(
                "the file ends before its first Ogg page does; it was probably cut short while copying or uploading, so copy or export it again"
            );
        var serial = ByteReading.UInt32LE(first, 14);
        var segments = first[26];
        var packet = first.AsSpan(PageHeaderBytes + segments);
        long sampleRate;
        long preSkip = 0;
        if (ByteReading.Matches(packet, 0, "OpusHead"))
        {
            if (packet.Length < OpusHeadBytes)
                throw new AudioFormatException("the Opus header at the start of the file is cut short; the file is damaged, so export it again");
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
        for (var i = tail.Length - PageHeaderBytes; i >= 0; i--)
        {
            if (!ByteReading.Matches(tail, i, "OggS") || ByteReading.UInt32LE(tail, i + 14) != serial)
                continue;
            var granule = ByteReading.Int64LE(tail, i + 6);
            if (granule < 0)
                continue;
            if (sampleRate == 0)
                throw new AudioFormatException("Vorbis header has no sample rate");
            return AudioDuration.FromSeconds(Math.Max(0, granule - preSkip) / (double)sampleRate, "the last Ogg page");
        }
        throw new AudioFormatException("the Ogg file is truncated: no last page found");
    }
}
