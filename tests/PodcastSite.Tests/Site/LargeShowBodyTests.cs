using PodcastSite.Content;
using PodcastSite.Rendering;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

/// <summary>
/// A show whose episode files pass <see cref="BuildOptions.HeldBodyBytes"/> leaves each body in its file and reads it
/// again where the notes are rendered. Its site must be the one the same show gets with its bodies held.
/// </summary>
public sealed class LargeShowBodyTests
{
    private const string Fixture =
        TestSite.Show
        + "\n"
        + TestSite.Episode
        + """

            -- input/episodes/2026-02-01-second.md --
            ---
            title: Second
            date: 2026-02-01
            number: 2
            guid: second-guid
            audio: { url: "https://media.example.com/2.mp3", length: 2000, duration: "45:12" }
            links:
              - "[Docs](https://docs.example.com/)"
            sponsor: { name: Acme, url: "https://acme.example.com/", text: "Acme makes *things*." }
            chapters:
              - { start: "0:00", title: Intro }
              - { start: "10:00", title: Middle }
            ---
            ## Topics

            - one thing, at [12:30]
            - another, with a [link](https://example.org/) and `code`

            Ünïcödé notes with a table:

            | a | b |
            |---|---|
            | 1 | 2 |
            -- input/episodes/2026-03-01-html.md --
            ---
            title: Kept as HTML
            date: 2026-03-01
            number: 3
            guid: html-guid
            notes_html: true
            audio: { url: "https://media.example.com/3.mp3", length: 3000, duration: "10:00" }
            ---
            <p>Notes an old host <strong>published</strong>.</p>
            """;

    [Fact]
    public void A_large_show_whose_bodies_stay_in_their_files_gets_the_same_site_byte_for_byte()
    {
        var held = TestSite.Build(Fixture).ShouldSucceed();
        var inFiles = TestSite.Build(Fixture, new BuildOptions(TestSite.DefaultNow, HeldBodyBytes: 0)).ShouldSucceed();

        inFiles.Result.Site!.Episodes.ShouldAllBe(e => e.Body is FileBody, "HeldBodyBytes: 0 should leave every body in its file");
        held.Result.Site!.Episodes.ShouldAllBe(e => e.Body is Model.HeldBody);
        inFiles.Result.Files.Select(f => f.Path).ShouldBe(held.Result.Files.Select(f => f.Path));
        foreach (var file in held.Result.Files.OfType<GeneratedFile>())
            inFiles.Text(file.Path).ShouldBe(held.Text(file.Path), $"{file.Path} differs when the bodies are read again from their files");
    }

    [Fact]
    public void A_body_read_again_is_the_text_the_parse_saw_even_with_windows_line_endings_and_a_byte_order_mark()
    {
        var text = "\uFEFF---\r\ntitle: Hello\r\n---\r\nFirst line.\r\n\r\nSecond paragraph.\r\n";
        var file = SourceFile.FromBytes(
            "episodes/x.md",
            "input/episodes/x.md",
            [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text[1..])]
        );
        var parsed = FrontMatter.Split(SourceText.Decode(file.ReadBytes(), file.DisplayPath, new Diagnostics.DiagnosticBag())!)!;

        FileBody.Of(file, parsed.Body).Read().ShouldBe("First line.\n\nSecond paragraph.\n");
    }

    [Fact]
    public void An_episode_file_saved_again_during_the_build_stops_it_with_an_error_that_names_the_file()
    {
        var reads = 0;
        string Content() =>
            Interlocked.Increment(ref reads) == 1
                ? "---\ntitle: Hello\n---\nThe notes as they were parsed.\n"
                : "---\ntitle: Hello\n---\nThe notes as they were saved meanwhile.\n";
        var file = new SourceFile(
            "episodes/x.md",
            "input/episodes/x.md",
            0,
            DateTime.UnixEpoch,
            () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Content()))
        );
        var body = FileBody.Of(file, FrontMatter.Split(Content())!.Body);

        var error = Should.Throw<IOException>(body.Read);

        error.Message.ShouldBe("input/episodes/x.md changed during the build; nothing was written. Build again.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_build_during_which_an_episode_file_changes_stops_with_that_file_named_even_where_a_theme_reads_the_notes(bool listingShowsNotes)
    {
        var fixture = listingShowsNotes ? Fixture + "\n-- theme/layouts/home.html --\n{{ for e in page.episodes }}{{ e.notes_html }}{{ end }}" : Fixture;
        var (input, theme) = TestSite.Folders(fixture);
        var original = input.Files.Single(f => f.Path == "episodes/2026-02-01-second.md");
        // Saved between the parse and the first render that reads it again, then saved back as it was.
        var reads = 0;
        var changing = original with
        {
            Open = () =>
                Interlocked.Increment(ref reads) != 2
                    ? original.Open()
                    : new MemoryStream(
                        System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(original.ReadBytes()).Replace("Topics", "Themes"))
                    ),
        };
        var changed = new SourceFolder(input.DisplayRoot, input.Files.Select(f => f == original ? changing : f));

        var thrown = Should.Throw<Exception>(() =>
            SiteBuilder.Build(
                changed,
                theme,
                new BuildOptions(TestSite.DefaultNow, HeldBodyBytes: 0),
                new PodcastSite.Audio.AudioProbe(),
                resizer: MemoImageResizer.Shared
            )
        );

        var errors = thrown is AggregateException many ? many.Flatten().InnerExceptions : [thrown];
        errors.ShouldAllBe(e => e is IOException, $"the build ended with {thrown}");
        errors[0].Message.ShouldBe("input/episodes/2026-02-01-second.md changed during the build; nothing was written. Build again.");
    }
}
