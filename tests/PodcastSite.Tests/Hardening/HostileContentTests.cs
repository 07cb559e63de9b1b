using System.Text;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Hardening;

/// <summary>Inputs that once crashed a build, cut a page short or published something wrong without a word.</summary>
public sealed class HostileContentTests
{
    private const string EpisodeHead =
        "\n-- input/episodes/2026-01-20-x.md --\n---\ntitle: X\ndate: 2026-01-20\nguid: x-guid\n"
        + "audio: { url: \"https://media.example.com/x.mp3\", length: 1000, duration: \"30:00\" }\n";

    [Fact]
    public void Nesting_deeper_than_64_levels_is_a_positioned_error_not_a_stack_overflow()
    {
        var site = TestSite.Build(TestSite.Show + EpisodeHead + "deep: " + new string('[', 50_000) + "\n---\nBody.\n");

        site.Errors.ShouldHaveSingleItem()
            .ToString()
            .ShouldBe(
                "input/episodes/2026-01-20-x.md(6,70): error: invalid YAML: lists and mappings nest more than 64 levels deep here; front matter never needs that many"
            );
    }

    [Fact]
    public void Show_notes_over_a_megabyte_render_whole()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Every word of these notes is published. ", 30)) + "\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, 1000)) + "The very last sentence.\n";

        var site = TestSite.Build(TestSite.Show + EpisodeHead + "---\n" + body).ShouldSucceed();

        var page = site.Text("episodes/x/index.html");
        page.Length.ShouldBeGreaterThan(1_100_000);
        page.ShouldContain("The very last sentence.");
        page.TrimEnd().ShouldEndWith("</html>");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error_at_its_first_bad_byte()
    {
        var latin1 = Encoding.Latin1.GetBytes("---\ntitle: Café au lait\ndate: 2026-01-20\n---\nBody.\n");

        var site = BuildWith("episodes/2026-01-20-cafe.md", latin1);

        site.Errors.ShouldHaveSingleItem()
            .ToString()
            .ShouldBe(
                "input/episodes/2026-01-20-cafe.md(2,11): error: the file is not UTF-8 text (byte 0xE9 here is not valid UTF-8; it looks like Latin-1 or Windows-1252); save it as UTF-8 in your editor"
            );
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_reads_as_the_text_it_is()
    {
        var text = EpisodeHead.Split('\n', 3)[2].Replace("title: X", "title: Café") + "---\nBody.\n";
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var site = BuildWith("episodes/2026-01-20-x.md", utf16).ShouldSucceed();

        site.Html("episodes/x/index.html").QuerySelector("h1")!.TextContent.ShouldContain("Café");
    }

    [Theory]
    [InlineData("ep#1.mp3")]
    [InlineData("what?.mp3")]
    public void A_local_audio_file_with_hash_or_question_mark_in_its_name_keeps_its_type(string name)
    {
        var site = TestSite
            .Build(
                TestSite.Show
                    + $"""

                    -- input/assets/audio/{name} --
                    @audio cbr.mp3
                    -- input/episodes/2026-01-20-x.md --
                    ---
                    title: X
                    date: 2026-01-20
                    guid: x-guid
                    audio: "assets/audio/{name}"
                    ---
                    Body.
                    """
            )
            .ShouldSucceed();

        var enclosure = System.Xml.Linq.XDocument.Parse(site.Text("feed.xml")).Descendants("enclosure").Single();
        enclosure.Attribute("type")!.Value.ShouldBe("audio/mpeg");
        enclosure.Attribute("url")!.Value.ShouldEndWith("/assets/audio/" + Uri.EscapeDataString(name));
    }

    [Theory]
    [InlineData("vbr-xing.mp3", "the file ends before its audio does")]
    [InlineData("moov-first.m4a", "MP4 box `mdat` runs past the end of the file (the file is truncated)")]
    public void A_truncated_audio_file_is_refused_rather_than_published_with_its_headers_length(string fixture, string message)
    {
        var bytes = File.ReadAllBytes(Repo.AudioFixture(fixture));
        var cut = SourceFile.FromBytes($"assets/{fixture}", $"input/assets/{fixture}", bytes[..(bytes.Length / 2)]);

        var result = new AudioProbe().Probe(cut);

        result.Info.ShouldBeNull($"half of {fixture} was read as {result.Info}");
        result.Error.ShouldNotBeNull().ShouldContain(message);
    }

    [Fact]
    public void A_local_file_outside_assets_is_an_error_since_it_would_never_be_published()
    {
        var site = TestSite.Build(
            TestSite.Show
                + """

                -- input/audio/x.mp3 --
                @audio cbr.mp3
                -- input/episodes/2026-01-20-x.md --
                ---
                title: X
                date: 2026-01-20
                guid: x-guid
                audio: audio/x.mp3
                ---
                """
        );

        site.Errors.ShouldHaveSingleItem()
            .ToString()
            .ShouldBe(
                "input/episodes/2026-01-20-x.md(5,8): error: `audio` file `audio/x.mp3` is outside `assets/`, and only `input/assets/` is published with the site; move it there"
            );
    }

    [Fact]
    public void A_file_that_is_not_audio_is_described_without_quoting_its_contents()
    {
        var text = SourceFile.FromText("assets/a.mp3", "input/assets/a.mp3", "root:x:0:0:root:/root:/bin/bash\n");

        var result = new AudioProbe().Probe(text);

        result.Error.ShouldNotBeNull().ShouldContain("it looks like a text file");
        result.Error.ShouldNotContain("root");
    }

    [Fact]
    public void Duplicate_guid_slug_and_number_point_at_the_second_files_key_and_name_the_first()
    {
        var site = TestSite.Build(
            TestSite.Show
                + """

                -- input/episodes/2026-01-20-a.md --
                ---
                title: A
                date: 2026-01-20
                number: 7
                guid: same-guid
                audio: { url: "https://media.example.com/a.mp3", length: 1000 }
                ---
                -- input/episodes/2026-01-21-b.md --
                ---
                title: B
                date: 2026-01-21
                slug: a
                number: 7
                guid: same-guid
                audio: { url: "https://media.example.com/b.mp3", length: 1000 }
                ---
                """
        );

        site.Errors.Select(e => e.ToString())
            .ShouldBe([
                "input/episodes/2026-01-21-b.md(4,7): error: same slug `a` as input/episodes/2026-01-20-a.md(1,1); each episode needs its own",
                "input/episodes/2026-01-21-b.md(5,9): error: same number `7` as input/episodes/2026-01-20-a.md(4,9); each episode needs its own",
                "input/episodes/2026-01-21-b.md(6,7): error: same guid `same-guid` as input/episodes/2026-01-20-a.md(5,7); each episode needs its own",
            ]);
    }

    [Fact]
    public void An_error_in_podcast_yml_does_not_hide_the_episodes_errors()
    {
        var site = TestSite.Build(TestSite.Show.Replace("title: Test Show\n", "") + EpisodeHead + "number: two\n---\nBody.\n");

        site.Errors.Select(e => e.ToString())
            .ShouldBe([
                "input/episodes/2026-01-20-x.md(6,9): error: `number` must be a positive whole number, not `two`",
                "input/podcast.yml(1,1): error: missing required key `title`",
            ]);
    }

    [Fact]
    public void A_tab_in_indentation_is_reported_on_its_own_line()
    {
        var site = TestSite.Build(TestSite.Show + EpisodeHead + "guest:\n\t- name: Tabbed\n---\nBody.\n");

        site.Errors.ShouldHaveSingleItem()
            .ToString()
            .ShouldBe("input/episodes/2026-01-20-x.md(7,1): error: invalid YAML: a tab indents this line; YAML indents with spaces only");
    }

    [Fact]
    public void A_diagnostic_wider_than_any_console_stays_on_one_line()
    {
        using var site = new DiskSite(TestSite.Show + EpisodeHead + $"title2: {new string('x', 6000)}\ntype: {new string('y', 5000)}\n---\nBody.\n");

        var result = CliRun.Run("validate", "--input", site.Input, "--theme", site.Theme);

        var line = result.Error.Split('\n').Where(l => l.Contains("error: `type` must be")).ShouldHaveSingleItem();
        line.Length.ShouldBeGreaterThan(5000);
        result
            .Error.Split('\n')
            .ShouldAllBe(
                l => l.Length < 200 || l.Contains(": error: ") || l.Contains(": warning: "),
                "the source excerpt under a diagnostic is a window around the spot, not the whole line"
            );
    }

    private static TestSite BuildWith(string inputPath, byte[] bytes)
    {
        var (input, theme) = TestSite.Folders(TestSite.Show);
        var folder = new SourceFolder("input", input.Files.Append(SourceFile.FromBytes(inputPath, "input/" + inputPath, bytes)));
        return TestSite.From(SiteBuilder.Build(folder, theme, new BuildOptions(TestSite.DefaultNow), new AudioProbe()));
    }
}
