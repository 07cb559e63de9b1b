namespace PodcastSite.Audio;

/// <summary>FLAC: the STREAMINFO block holds the sample rate and the total number of samples.</summary>
internal static class FlacProbe
{
    public static TimeSpan Duration(Stream stream, long start)
    {
        var block = ByteReading.ReadAt(stream, start + 4, 4 + 34);
        if ((block[0] & 0x7F) != 0)
            throw new AudioFormatException("FLAC file does not start with STREAMINFO");
        var info = block.AsSpan(4);
        var sampleRate = (info[10] << 12) | (info[11] << 4) | (info[12] >> 4);
        var totalSamples = ((long)(info[13] & 0x0F) << 32) | ByteReading.UInt32BE(info, 14);
        if (sampleRate == 0)
            throw new AudioFormatException("FLAC STREAMINFO has no sample rate");
        if (totalSamples == 0)
            throw new AudioFormatException("FLAC STREAMINFO does not say how many samples there are");
        return TimeSpan.FromSeconds((double)totalSamples / sampleRate);
    }
}
