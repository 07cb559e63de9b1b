using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Cli;

/// <summary>The command line as someone new to it meets it: mistakes answered in sentences that say what to type.</summary>
public sealed class NewcomerTests
{
    private static readonly string Input = Repo.PathOf("input");

    [Fact]
    public void A_misspelt_command_suggests_the_nearest_one()
    {
        var result = CliRun.Run("biuld");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldStartWith("Error: unknown command `biuld`; did you mean `build`?");
    }

    [Theory]
    [InlineData(new[] { "preview", "--port", "abc" }, "Error: --port must be a whole number from 1 to 65535, not 'abc'")]
    [InlineData(new[] { "notes", "x", "--format", "xml" }, "Error: --format must be text, markdown or html, not 'xml'")]
    [InlineData(new[] { "new", "X", "--season", "two" }, "Error: --season must be a whole number from 1 up, not 'two'")]
    public void A_bad_option_value_reads_as_a_sentence_without_dotnet_type_names(string[] args, string message)
    {
        var result = CliRun.Run(args);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(message);
        result.Error.ShouldNotContain("System.");
        result.Error.ShouldNotContain("PodcastSite.");
    }

    [Fact]
    public void Help_lists_enum_values_as_they_are_typed()
    {
        var help = new StringWriter();
        PodcastSite.Cli.PodcastSiteCli.Run(["notes", "--help"], CliRun.Context(), help);

        help.ToString().ShouldContain("--format <text|markdown|html>");
    }

    [Fact]
    public void Notes_for_an_unknown_slug_lists_the_nearest_slugs()
    {
        var result = CliRun.Run("notes", "profiling", "--input", Input);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("no episode with slug `profiling`. The nearest:\n  profiling-python-in-production\n");
    }

    [Fact]
    public void The_build_summary_counts_in_words_and_says_what_it_left_out()
    {
        using var work = new TempFolder();

        var result = CliRun.Run("build", "--input", Input, "--output", work.PathOf("site"), "--now", "2026-11-23");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Built The Build Log: 6 episodes (1 draft left out; --drafts and --future include them), 3 guests, ");
    }

    [Fact]
    public void Notes_of_a_draft_link_only_to_guest_pages_the_published_site_has()
    {
        using var site = new DiskSite(
            TestSite.Show
                + "\n"
                + TestSite.Episode
                + """

                -- input/episodes/2026-02-01-draft.md --
                ---
                title: Draft
                date: 2026-02-01
                guid: draft-guid
                draft: true
                audio: { url: "https://media.example.com/2.mp3", length: 1000, duration: "30:00" }
                guest:
                  - name: Jane Doe
                  - name: Only In Drafts
                ---
                Body.
                """
        );

        var result = CliRun.Run("notes", "draft", "--input", site.Input, "--format", "markdown");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("- [Jane Doe](https://example.com/guests/jane-doe/)");
        result.Out.ShouldContain("- Only In Drafts\n");
        result.Out.ShouldNotContain("only-in-drafts");
    }
}
