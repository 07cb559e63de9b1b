namespace PodcastSite.Audio;

/// <summary>An MPEG audio Layer III frame header. <paramref name="Version"/> is 1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5.</summary>
internal readonly record struct MpegFrameHeader(int Version, int Bitrate, int SampleRate, bool Padding, bool Mono)
{
    private static readonly int[] BitratesV1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0];
    private static readonly int[] BitratesV2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0];
    private static readonly int[] SampleRatesV1 = [44100, 48000, 32000, 0];

    public int SamplesPerFrame => Version == 1 ? 1152 : 576;

    public int FrameLength => (Version == 1 ? 144 : 72) * Bitrate * 1000 / SampleRate + (Padding ? 1 : 0);

    /// <summary>Where a Xing/Info header starts in the frame: after the 4-byte header and the side information.</summary>
    public int SideInfoEnd => 4 + (Version == 1 ? (Mono ? 17 : 32) : (Mono ? 9 : 17));

    public static MpegFrameHeader? Parse(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || (b[1] & 0xE0) != 0xE0)
            return null;
        var versionBits = (b[1] >> 3) & 3;
        var layerBits = (b[1] >> 1) & 3;
        if (versionBits == 1 || layerBits != 1)
            return null; // reserved version, or not Layer III
        var version = versionBits switch
        {
            3 => 1,
            2 => 2,
            _ => 25,
        };
        var bitrateIndex = b[2] >> 4;
        var sampleRateIndex = (b[2] >> 2) & 3;
        if (bitrateIndex is 0 or 15 || sampleRateIndex == 3)
            return null; // free format is not used by podcast encoders
        var bitrate = (version == 1 ? BitratesV1 : BitratesV2)[bitrateIndex];
        var sampleRate =
            SampleRatesV1[sampleRateIndex]
            / (
                version == 1 ? 1
                : version == 2 ? 2
                : 4
            );
        return new MpegFrameHeader(version, bitrate, sampleRate, (b[2] & 2) != 0, (b[3] >> 6) == 3);
    }
}
