namespace PodcastSite.Audio;

/// <summary>RIFF/WAVE (PCM and WAVE_FORMAT_EXTENSIBLE): duration is the data chunk's size over the byte rate.</summary>
internal static class WavProbe
{
    public static TimeSpan Duration(Stream stream)
    {
        long position = 12;
        uint byteRate = 0;
        while (position + 8 <= stream.Length)
        {
            var header = ByteReading.ReadAt(stream, position, 8);
            var size = ByteReading.UInt32LE(header, 4);
            if (ByteReading.Matches(header, 0, "fmt "))
            {
                var format = ByteReading.ReadAt(stream, position + 8, 16);
                byteRate = ByteReading.UInt32LE(format, 8);
            }
            else if (ByteReading.Matches(header, 0, "data"))
            {
                if (byteRate == 0)
                    throw new AudioFormatException("WAV data comes before its format chunk");
                // Streaming writers leave the size at 0 or 0xFFFFFFFF: the data then runs to the end of the file.
                var available = stream.Length - position - 8;
                var dataSize = size is 0 or uint.MaxValue || size > available ? available : size;
                return TimeSpan.FromSeconds((double)dataSize / byteRate);
            }
            position += 8 + size + (size & 1);
        }
        throw new AudioFormatException("WAV file has no audio data chunk");
    }
}
