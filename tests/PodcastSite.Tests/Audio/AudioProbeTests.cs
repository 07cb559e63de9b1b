using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Audio;

public sealed class AudioProbeTests
{
    // The true durations were measured by decoding every frame with ffmpeg (make-fixtures.sh).
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Repo.AudioFixture("durations.tsv")))
        {
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Duration_is_within_50_ms_of_the_decoded_duration(string name, string decoded)
    {
        var info = ProbeFixture(name);

        var truth = TimeSpan.Parse(decoded, System.Globalization.CultureInfo.InvariantCulture);
        (info.Duration - truth)
            .Duration()
            .TotalMilliseconds.ShouldBeLessThanOrEqualTo(
                50,
                $"{name}: probed {info.Duration.TotalSeconds:0.000} s, ffmpeg decoded {truth.TotalSeconds:0.000} s"
            );
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Length_is_the_exact_byte_count(string name, string decoded)
    {
        _ = decoded;
        ProbeFixture(name).Length.ShouldBe(new FileInfo(Repo.AudioFixture(name)).Length);
    }

    [Theory]
    [InlineData("cbr.mp3", "audio/mpeg")]
    [InlineData("moov-last.m4a", "audio/x-m4a")]
    [InlineData("speech.opus", "audio/ogg")]
    [InlineData("speech.ogg", "audio/ogg")]
    [InlineData("speech.wav", "audio/wav")]
    [InlineData("speech-extensible.wav", "audio/wav")]
    [InlineData("speech.flac", "audio/flac")]
    public void Mime_type_matches_the_format(string name, string mime) => ProbeFixture(name).MimeType.ShouldBe(mime);

    [Fact]
    public void Id3_chapters_are_read_with_their_titles_and_start_times()
    {
        var chapters = ProbeFixture("with-chapters.mp3").Chapters;

        chapters.Select(c => (c.Start.TotalSeconds, c.Title)).ShouldBe([(0, "Intro"), (2, "The fox"), (4, "Résumé and rest")]);
    }

    [Fact]
    public void A_large_cover_picture_before_the_audio_is_skipped()
    {
        var info = ProbeFixture("with-cover.mp3");

        info.Duration.TotalSeconds.ShouldBe(8.24, tolerance: 0.05);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("hello, I am text", "not an audio file")]
    public void A_file_that_is_not_audio_is_a_clear_failure(string content, string expected)
    {
        var result = new AudioProbe().Probe(SourceFile.FromText("assets/x.mp3", "input/assets/x.mp3", content));

        result.Info.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain(expected);
    }

    [Fact]
    public void A_truncated_m4a_is_a_clear_failure()
    {
        var bytes = File.ReadAllBytes(Repo.AudioFixture("moov-last.m4a"));

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/x.m4a", "input/assets/x.m4a", bytes[..(bytes.Length / 2)]));

        result.Error.ShouldNotBeNull().ShouldContain("truncated");
    }

    [Fact]
    public void An_mp3_named_m4a_is_reported_with_the_extension_it_needs()
    {
        var bytes = File.ReadAllBytes(Repo.AudioFixture("cbr.mp3"));

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/x.m4a", "input/assets/x.m4a", bytes));

        result.Error.ShouldNotBeNull().ShouldContain("rename it to `.mp3`");
    }

    [Fact]
    public void A_vbri_header_gives_the_duration()
    {
        // Fraunhofer's VBRI header sits 32 bytes after the frame header; ffmpeg cannot write one, so build it.
        var frame = new byte[417];
        frame[0] = 0xFF;
        frame[1] = 0xFB;
        frame[2] = 0x90;
        frame[3] = 0x00; // MPEG-1 Layer III, 128 kbps, 44.1 kHz
        "VBRI"u8.CopyTo(frame.AsSpan(36));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(36 + 14), 1000); // frames
        var file = frame.Concat(Enumerable.Repeat(frame, 3).SelectMany(f => f)).ToArray();

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/v.mp3", "input/assets/v.mp3", file));

        result.Info.ShouldNotBeNull().Duration.TotalSeconds.ShouldBe(1000 * 1152 / 44100.0, tolerance: 0.001);
    }

    private static AudioInfo ProbeFixture(string name)
    {
        var path = Repo.AudioFixture(name);
        var file = new SourceFile(name, path, new FileInfo(path).Length, DateTime.UnixEpoch, () => File.OpenRead(path));
        var result = new AudioProbe().Probe(file);
        result.Error.ShouldBeNull();
        return result.Info!;
    }
}
