using System.Buffers.Binary;
using System.Text;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Audio;

/// <summary>
/// Tag and container variants that ffmpeg does not write (ID3v2.2, extended headers, footers, unsynchronisation,
/// WXXX chapter links, 64-bit MP4 boxes), made here byte by byte around the audio of a real fixture.
/// </summary>
public sealed class Id3AndBoxVariantTests
{
    private const double TrueSeconds = 8.24; // cbr.mp3, decoded by ffmpeg (durations.tsv)

    [Fact]
    public void Id3v23_with_an_extended_header_gives_chapters_with_their_links()
    {
        var body = Concat(
            Chap("c1", 0, 3000, "Opening", null, major: 3),
            Chap("c2", 3000, 8000, "The fox", "https://example.com/fox", major: 3),
            Ctoc(["c1", "c2"], major: 3)
        );
        var extendedHeader = new byte[] { 0, 0, 0, 6, 0, 0, 0, 0, 0, 0 }; // size 6 (excluding itself), no flags, no padding

        var info = Probe(Tag(3, flags: 0x40, Concat(extendedHeader, body)));

        info.Chapters.Select(c => (c.Start.TotalSeconds, c.Title, c.Url?.AbsoluteUri))
            .ShouldBe([(0, "Opening", null), (3, "The fox", "https://example.com/fox")]);
        info.Duration.TotalSeconds.ShouldBe(TrueSeconds, tolerance: 0.05);
    }

    [Fact]
    public void Chapters_the_audio_file_carries_are_checked_as_written_ones_are()
    {
        // The table of contents lists them out of time order, and the last starts after the audio's 8.24 s.
        var tag = Tag(
            4,
            flags: 0,
            Concat(
                Chap("c1", 0, 3000, "Opening", null, major: 4),
                Chap("c2", 3000, 9000, "The fox", null, major: 4),
                Chap("c3", 9000, 9500, "After", null, major: 4),
                Ctoc(["c1", "c3", "c2"], major: 4)
            )
        );
        var (input, theme) = TestSite.Folders(
            TestSite.Show
                + "\n"
                + TestSite.Episode.Replace("audio: { url: \"https://media.example.com/1.mp3\", length: 1000, duration: \"30:00\" }", "audio: assets/a.mp3")
        );
        input = new SourceFolder("input", [.. input.Files, SourceFile.FromBytes("assets/a.mp3", "input/assets/a.mp3", Concat(tag, AudioFrames()))]);

        var site = TestSite.From(SiteBuilder.Build(input, theme, new BuildOptions(TestSite.DefaultNow), new AudioProbe()));

        var warnings = site.ShouldSucceed().Warnings.Select(w => w.ToString()).ToList();
        warnings.ShouldContain(
            "input/episodes/2026-01-15-hello.md(6,1): warning: the audio file's chapter `After` starts at 00:09, after the episode ends (00:08)"
        );
        warnings.ShouldContain(w => w.Contains("chapter `The fox` starts at 00:03, before `After` (00:09); Spotify shows chapters only in ascending order"));
    }

    [Theory]
    [InlineData("speech.wav", "WAV")]
    [InlineData("moov-last.m4a", "MP4")]
    [InlineData("speech.opus", "Ogg")]
    [InlineData("speech.ogg", "Ogg")]
    public void A_file_other_than_mp3_or_flac_behind_an_id3_tag_is_refused_for_the_tag_not_as_damaged(string fixture, string container)
    {
        // Apple's and most apps' readers look for the container's own header at byte 0: such a file does not play there.
        var file = Concat(Tag(3, flags: 0, Chap("c1", 0, 1000, "Intro", null, major: 3)), File.ReadAllBytes(Repo.AudioFixture(fixture)));

        var result = new AudioProbe().Probe(SourceFile.FromBytes(fixture, "input/" + fixture, file));

        result.Error.ShouldBe(
            $"it starts with an ID3 tag, which {container} files do not carry there, so many podcast apps cannot play it; export it again, or remove the tag with a tag editor"
        );
    }

    [Fact]
    public void Id3v24_with_a_footer_is_skipped_whole()
    {
        var body = Chap("c1", 0, 8000, "Only chapter", null, major: 4);
        var tag = Tag(4, flags: 0x10, body);
        var footer = tag[..10].ToArray();
        footer[0] = (byte)'3';
        footer[1] = (byte)'D';
        footer[2] = (byte)'I';

        var info = Probe(Concat(tag, footer));

        info.Chapters.ShouldHaveSingleItem().Title.ShouldBe("Only chapter");
        info.Duration.TotalSeconds.ShouldBe(TrueSeconds, tolerance: 0.05);
    }

    [Fact]
    public void An_unsynchronised_id3v23_tag_is_read_after_undoing_the_unsynchronisation()
    {
        // "ÿ" is 0xFF in Latin-1: unsynchronisation puts a 0x00 after it, which must not end up in the title.
        var body = Chap("c1", 0, 8000, "Caf\u00e9 \u00ff\u00ff", null, major: 3, latin1: true);
        var unsynchronised = Unsynchronise(body);
        unsynchronised.Length.ShouldBeGreaterThan(body.Length);

        var info = Probe(Tag(3, flags: 0x80, unsynchronised));

        info.Chapters.ShouldHaveSingleItem().Title.ShouldBe("Caf\u00e9 \u00ff\u00ff");
        info.Duration.TotalSeconds.ShouldBe(TrueSeconds, tolerance: 0.05);
    }

    [Fact]
    public void An_id3v22_tag_is_skipped()
    {
        var frame = Concat("TT2"u8.ToArray(), [0, 0, 6], [0], "Title"u8.ToArray());

        var info = Probe(Tag(2, flags: 0, frame));

        info.Chapters.ShouldBeEmpty();
        info.Duration.TotalSeconds.ShouldBe(TrueSeconds, tolerance: 0.05);
    }

    [Fact]
    public void An_mp4_with_a_64_bit_media_box_before_moov_is_read()
    {
        var result = new AudioProbe().Probe(SourceFile.FromBytes("a.m4a", "input/a.m4a", WithLargeMediaBox(size => size + 8UL)));

        result.Error.ShouldBeNull();
        result.Info!.Duration.TotalSeconds.ShouldBe(8.26, tolerance: 0.05);
    }

    [Fact]
    public void A_chapter_frame_too_short_for_its_data_length_indicator_is_skipped()
    {
        // ID3v2.4 frame flag 0x01: four bytes of data length come first, but this frame holds only two bytes.
        var frame = Frame("CHAP", [0x63, 0], major: 4);
        frame[9] = 0x01;

        var info = Probe(Tag(4, flags: 0, frame));

        info.Chapters.ShouldBeEmpty();
        info.Duration.TotalSeconds.ShouldBe(TrueSeconds, tolerance: 0.05);
    }

    [Fact]
    public void An_mp4_box_claiming_more_bytes_than_any_file_holds_is_a_clear_failure()
    {
        var result = new AudioProbe().Probe(SourceFile.FromBytes("a.m4a", "input/a.m4a", WithLargeMediaBox(_ => long.MaxValue)));

        result.Error.ShouldBe("MP4 box `mdat` runs past the end of the file (the file is truncated)");
    }

    [Fact]
    public void An_mp4_movie_header_claiming_an_endless_length_is_a_clear_failure()
    {
        byte[] mvhd = [1, 0, 0, 0, .. new byte[16], 0, 0, 0, 1, .. Enumerable.Repeat((byte)0xFF, 8)]; // version 1, 1 unit a second
        var file = Concat(Box("ftyp", "M4A "u8.ToArray()), Box("moov", Box("mvhd", mvhd)));

        var result = new AudioProbe().Probe(SourceFile.FromBytes("a.m4a", "input/a.m4a", file));

        result.Error.ShouldBe(
            "the MP4 `mvhd` box says the audio lasts 5,124,095,576,030,431 hours, which no recording does; the file is damaged, so export it again"
        );
    }

    /// <summary>The fixture with its `mdat` header rewritten in the 64-bit form, the size given from the 32-bit one.</summary>
    private static byte[] WithLargeMediaBox(Func<ulong, ulong> largeSize)
    {
        var bytes = File.ReadAllBytes(Repo.AudioFixture("moov-last.m4a"));
        var mdat = IndexOf(bytes, "mdat"u8) - 4;
        var large = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(large, 1);
        "mdat"u8.CopyTo(large.AsSpan(4));
        BinaryPrimitives.WriteUInt64BigEndian(large.AsSpan(8), largeSize(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(mdat))));
        return Concat(bytes[..mdat], large, bytes[(mdat + 8)..]);
    }

    private static byte[] Box(string type, byte[] content)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(size, (uint)(8 + content.Length));
        return Concat(size, Encoding.ASCII.GetBytes(type), content);
    }

    private static AudioInfo Probe(byte[] tag)
    {
        var file = Concat(tag, AudioFrames());
        var result = new AudioProbe().Probe(SourceFile.FromBytes("x.mp3", "input/x.mp3", file));
        result.Error.ShouldBeNull();
        return result.Info!;
    }

    // The fixture's MPEG frames, without the ID3 tag ffmpeg wrote in front of them.
    private static byte[] AudioFrames()
    {
        var bytes = File.ReadAllBytes(Repo.AudioFixture("cbr.mp3"));
        var size = (bytes[6] & 0x7F) << 21 | (bytes[7] & 0x7F) << 14 | (bytes[8] & 0x7F) << 7 | (bytes[9] & 0x7F);
        return bytes[(10 + size)..];
    }

    private static byte[] Tag(byte major, byte flags, byte[] body) => Concat("ID3"u8.ToArray(), [major, 0, flags], SyncSafe(body.Length), body);

    private static byte[] Chap(string id, uint startMs, uint endMs, string title, string? url, int major, bool latin1 = false)
    {
        var timing = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(timing, startMs);
        BinaryPrimitives.WriteUInt32BigEndian(timing.AsSpan(4), endMs);
        BinaryPrimitives.WriteUInt32BigEndian(timing.AsSpan(8), uint.MaxValue);
        BinaryPrimitives.WriteUInt32BigEndian(timing.AsSpan(12), uint.MaxValue);
        var titleFrame = Frame("TIT2", latin1 ? Concat([0], Encoding.Latin1.GetBytes(title)) : Concat([3], Encoding.UTF8.GetBytes(title)), major);
        var content = Concat(
            Encoding.Latin1.GetBytes(id),
            [0],
            timing,
            titleFrame,
            url is null ? [] : Frame("WXXX", Concat([0], [0], Encoding.Latin1.GetBytes(url)), major)
        );
        return Frame("CHAP", content, major);
    }

    private static byte[] Ctoc(string[] children, int major)
    {
        var content = Concat(
            "toc"u8.ToArray(),
            [0, 0x03, (byte)children.Length],
            Concat(children.Select(c => Concat(Encoding.Latin1.GetBytes(c), [0])).ToArray())
        );
        return Frame("CTOC", content, major);
    }

    private static byte[] Frame(string id, byte[] content, int major)
    {
        var size = new byte[4];
        if (major == 4)
            size = SyncSafe(content.Length);
        else
            BinaryPrimitives.WriteUInt32BigEndian(size, (uint)content.Length);
        return Concat(Encoding.ASCII.GetBytes(id), size, [0, 0], content);
    }

    private static byte[] SyncSafe(int value) =>
        [(byte)((value >> 21) & 0x7F), (byte)((value >> 14) & 0x7F), (byte)((value >> 7) & 0x7F), (byte)(value & 0x7F)];

    private static byte[] Unsynchronise(byte[] data)
    {
        var result = new List<byte>();
        foreach (var b in data)
        {
            result.Add(b);
            if (b == 0xFF)
                result.Add(0);
        }
        return result.ToArray();
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> pattern) => bytes.AsSpan().IndexOf(pattern);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
