using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Audio;

/// <summary>The probe reads video files (alternate enclosures) as it reads audio: MP4 and MOV boxes, WebM's EBML.</summary>
public sealed class VideoProbeTests
{
    // Made with ffmpeg, durations as ffprobe reads them (Fixtures/video/make-fixtures.sh).
    public static TheoryData<string, double, long> Fixtures()
    {
        var data = new TheoryData<string, double, long>();
        foreach (var line in File.ReadAllLines(Repo.VideoFixture("durations.tsv")))
        {
            var fields = line.Split('\t');
            data.Add(
                fields[0],
                double.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture)
            );
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Duration_is_within_50_ms_of_what_ffprobe_reads(string name, double ffprobeSeconds, long size)
    {
        _ = size;
        var info = ProbeFixture(name);

        info.Duration.TotalSeconds.ShouldBe(
            ffprobeSeconds,
            tolerance: 0.05,
            $"{name}: probed {info.Duration.TotalSeconds:0.000} s, ffprobe read {ffprobeSeconds:0.000} s"
        );
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Length_is_the_exact_byte_count(string name, double ffprobeSeconds, long size)
    {
        _ = ffprobeSeconds;
        ProbeFixture(name).Length.ShouldBe(size, $"{name} is {size} bytes");
    }

    [Theory]
    [InlineData("clip.mp4", "video/mp4")]
    [InlineData("clip.mov", "video/quicktime")]
    [InlineData("clip.webm", "video/webm")]
    public void Mime_type_matches_the_format(string name, string mime) => ProbeFixture(name).MimeType.ShouldBe(mime);

    [Fact]
    public void A_video_plays_as_long_as_its_longest_track_not_its_sound_track()
    {
        // short-sound.mp4: 3 s of picture over 1.5 s of sound.
        ProbeFixture("short-sound.mp4").Duration.TotalSeconds.ShouldBe(3, tolerance: 0.05, "the picture runs on after the sound ends");
    }

    [Fact]
    public void A_truncated_webm_is_a_clear_failure()
    {
        var bytes = File.ReadAllBytes(Repo.VideoFixture("clip.webm"));

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/v.webm", "input/assets/v.webm", bytes[..40]));

        result.Info.ShouldBeNull("40 bytes of a WebM file hold no duration");
        result.Error.ShouldNotBeNull().ShouldContain("truncated");
    }

    [Fact]
    public void A_webm_with_a_segment_of_unknown_size_a_float32_duration_and_its_own_time_scale_is_read()
    {
        // A live recorder writes the Segment's size as "unknown"; muxers may store Duration as a 4-byte float.
        byte[] file =
        [
            .. Element([0x1A, 0x45, 0xDF, 0xA3], Element([0x42, 0x82], "webm"u8.ToArray())),
            0x18,
            0x53,
            0x80,
            0x67,
            0x01,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            0xFF,
            .. Element(
                [0x15, 0x49, 0xA9, 0x66],
                [
                    .. Element([0x2A, 0xD7, 0xB1], [0x07, 0xA1, 0x20]), // 500,000 ns per tick, half the default
                    .. Element([0x44, 0x89], BitConverter.GetBytes(1234.5f).Reverse().ToArray()), // ticks, big-endian
                ]
            ),
        ];

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/v.webm", "input/assets/v.webm", file));

        result.Error.ShouldBeNull();
        result.Info!.Duration.TotalMilliseconds.ShouldBe(617.25, tolerance: 0.01, "1234.5 ticks of 0.5 ms");
    }

    [Fact]
    public void A_webm_duration_past_any_length_is_a_clear_failure()
    {
        byte[] file =
        [
            .. Element([0x1A, 0x45, 0xDF, 0xA3], Element([0x42, 0x82], "webm"u8.ToArray())),
            .. Element([0x18, 0x53, 0x80, 0x67], Element([0x15, 0x49, 0xA9, 0x66], Element([0x44, 0x89], BitConverter.GetBytes(1e300).Reverse().ToArray()))),
        ];

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/v.webm", "input/assets/v.webm", file));

        result.Error.ShouldNotBeNull().ShouldStartWith("the WebM `Duration` says the audio lasts ");
    }

    private static byte[] Element(byte[] id, byte[] data) => [.. id, (byte)(0x80 | data.Length), .. data];

    private static AudioInfo ProbeFixture(string name)
    {
        var path = Repo.VideoFixture(name);
        var file = new SourceFile("assets/" + name, path, new FileInfo(path).Length, DateTime.UnixEpoch, () => File.OpenRead(path));
        var result = new AudioProbe().Probe(file);
        result.Error.ShouldBeNull($"{name} could not be read");
        return result.Info!;
    }
}
