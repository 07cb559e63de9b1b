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
    public void An_ogg_file_cut_inside_its_first_page_is_a_clear_failure()
    {
        var result = new AudioProbe().Probe(SourceFile.FromText("assets/x.ogg", "input/assets/x.ogg", "OggS"));

        result.Error.ShouldBe("the file ends before its first Ogg page does; it was probably cut short while copying or uploading, so copy or export it again");
    }

    [Fact]
    public void An_opus_header_cut_short_is_a_clear_failure()
    {
        var page = OggPage(granule: 0, [.. "OpusHead"u8, 1, 2]);

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/x.opus", "input/assets/x.opus", page));

        result.Error.ShouldBe("the Opus header at the start of the file is cut short; the file is damaged, so export it again");
    }

    [Fact]
    public void An_ogg_last_page_claiming_an_endless_length_is_a_clear_failure()
    {
        byte[] head = [.. "OpusHead"u8, 1, 2, 0x38, 0x01, 0x80, 0xBB, 0, 0, 0, 0, 0];
        var file = OggPage(granule: 0, head).Concat(OggPage(granule: long.MaxValue, "xxxxxxxxxx"u8.ToArray())).ToArray();

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/x.opus", "input/assets/x.opus", file));

        result.Error.ShouldBe("the last Ogg page says the audio lasts 53,375,995,584 hours, which no recording does; the file is damaged, so export it again");
    }

    [Fact]
    public void A_header_claiming_a_month_of_audio_is_a_clear_failure_as_a_duration_written_so_would_be()
    {
        byte[] head = [.. "OpusHead"u8, 1, 2, 0x38, 0x01, 0x80, 0xBB, 0, 0, 0, 0, 0];
        var month = 48_000L * 3600 * 24 * 30;
        var file = OggPage(granule: 0, head).Concat(OggPage(granule: month, "xxxxxxxxxx"u8.ToArray())).ToArray();

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/x.opus", "input/assets/x.opus", file));

        result.Error.ShouldBe("its header says the audio lasts 720 hours, longer than any episode runs (a week); the file is damaged, so export it again");
    }

    [Fact]
    public void An_mp3_cut_inside_its_first_frame_is_a_clear_failure()
    {
        // A Xing tag's name with the file's end right after it, where its flags and frame count should be.
        var file = new byte[40];
        file[0] = 0xFF;
        file[1] = 0xFB;
        file[2] = 0x90; // MPEG-1 Layer III, 128 kbps, 44.1 kHz: a 417-byte frame
        "Xing"u8.CopyTo(file.AsSpan(36));

        var result = new AudioProbe().Probe(SourceFile.FromBytes("assets/x.mp3", "input/assets/x.mp3", file));

        result.Error.ShouldBe(
            "the file ends inside its first MP3 frame: the frame is 417 bytes long, but only 40 of them are in the file; it was probably cut short while copying or uploading, so copy or export it again"
        );
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

    /// <summary>One Ogg page of stream 7 holding one packet; the checksum is left at 0, as the probe does not check it.</summary>
    private static byte[] OggPage(long granule, byte[] packet)
    {
        var page = new byte[27 + 1 + packet.Length];
        "OggS"u8.CopyTo(page);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), granule);
        page[14] = 7; // serial number
        page[26] = 1; // one segment
        page[27] = (byte)packet.Length;
        packet.CopyTo(page.AsSpan(28));
        return page;
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
