using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("podcastsite-cli-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static readonly string Input = Repo.PathOf("input");
    private static readonly string Theme = Repo.PathOf("theme");

    [Fact]
    public void Build_writes_the_sample_site_and_exits_0()
    {
        var output = Path.Combine(_work, "site");

        var result = CliRun.Run("build", "--input", Input, "--theme", Theme, "--output", output, "--now", "2026-11-23");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("Built The Build Log: 6 episodes (1 draft left out; --drafts and --future include them), 3 guests");
        File.Exists(Path.Combine(output, "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "feed.xml")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "episodes/shipping-a-typed-api-framework/index.html")).ShouldBeTrue();
        Directory.GetDirectories(_work).ShouldBe([output], "no staging folder may be left behind");
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = Path.Combine(_work, "first");
        var second = Path.Combine(_work, "second");

        CliRun.Run("build", "--input", Input, "--theme", Theme, "--output", first, "--now", "2026-11-23").ExitCode.ShouldBe(0);
        CliRun.Run("build", "--input", Input, "--theme", Theme, "--output", second, "--now", "2026-11-23").ExitCode.ShouldBe(0);

        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order().ToList();
        files.Count.ShouldBeGreaterThan(20);
        Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order().ShouldBe(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(second, file))
                .SequenceEqual(File.ReadAllBytes(Path.Combine(first, file)))
                .ShouldBeTrue($"{file} differs between two builds");
    }

    [Theory]
    [InlineData("number: 2", "number: two or three # ask", "  4 | number: two or three # ask\n    |         ^^^^^^^^^^^^\n")]
    [InlineData("number: 2", "number: { n: 2 }", "  4 | number: { n: 2 }\n    |         ^\n")]
    public void The_mark_under_an_error_covers_the_whole_value_of_a_front_matter_key(string replaced, string with, string excerpt)
    {
        var input = CopyOfSampleInput();
        var episode = Path.Combine(input, "episodes/2025-09-16-profiling-python-in-production.md");
        File.WriteAllText(episode, File.ReadAllText(episode).Replace(replaced, with));

        var result = CliRun.Run("validate", "--input", input, "--theme", Theme);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain(excerpt);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched_and_exits_1()
    {
        var input = CopyOfSampleInput();
        var output = Path.Combine(_work, "site");
        CliRun.Run("build", "--input", input, "--theme", Theme, "--output", output).ExitCode.ShouldBe(0);
        var before = File.ReadAllText(Path.Combine(output, "feed.xml"));
        var episode = Path.Combine(input, "episodes/2025-09-16-profiling-python-in-production.md");
        File.WriteAllText(episode, File.ReadAllText(episode).Replace("number: 2", "number: two"));

        var result = CliRun.Run("build", "--input", input, "--theme", Theme, "--output", output);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("2025-09-16-profiling-python-in-production.md(4,9): error: `number` must be a positive whole number, not `two`");
        result.Error.ShouldContain("  4 | number: two\n    |         ^^^");
        result.Error.ShouldContain("was left as it was");
        File.ReadAllText(Path.Combine(output, "feed.xml")).ShouldBe(before);
    }

    [Fact]
    public void Base_url_on_the_command_line_moves_every_feed_url()
    {
        var output = Path.Combine(_work, "staging");

        CliRun.Run("build", "--input", Input, "--theme", Theme, "--output", output, "--base-url", "https://staging.example.com/preview").ExitCode.ShouldBe(0);

        var feed = File.ReadAllText(Path.Combine(output, "feed.xml"));
        feed.ShouldContain("<atom:link href=\"https://staging.example.com/preview/feed.xml\"");
        feed.ShouldNotContain("https://buildlog.example.com/");
        File.ReadAllText(Path.Combine(output, "index.html")).ShouldContain("href=\"/preview/episodes/");
    }

    [Fact]
    public void Validate_writes_nothing_and_exits_1_on_errors()
    {
        var input = CopyOfSampleInput();
        File.WriteAllText(Path.Combine(input, "episodes/broken.md"), "---\ntitle: [\n---\n");

        var result = CliRun.Run("validate", "--input", input, "--theme", Theme);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("broken.md(2,8): error: invalid YAML: this `[` is never closed");
        Directory.Exists(Path.Combine(_work, "output")).ShouldBeFalse();
    }

    [Fact]
    public void Notes_as_html_has_absolute_links_for_pasting_elsewhere()
    {
        var result = CliRun.Run("notes", "maintainers-roundtable", "--format", "html", "--input", Input, "--theme", Theme);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("<a href=\"https://buildlog.example.com/guests/zoe-okafor/\">Zoë Okafor</a>");
        result.Out.ShouldNotContain("href=\"/");
    }

    [Fact]
    public void Bad_usage_exits_2_with_a_one_line_reason()
    {
        var result = CliRun.Run("build", "--no-such-option");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--no-such-option");
    }

    [Fact]
    public void A_missing_input_folder_is_bad_usage_that_says_what_to_do()
    {
        var result = CliRun.Run("build", "--input", Path.Combine(_work, "nope"), "--theme", Theme, "--output", Path.Combine(_work, "o"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("does not exist");
    }

    [Fact]
    public void Build_refuses_to_replace_a_folder_that_is_not_a_built_site()
    {
        var precious = Directory.CreateDirectory(Path.Combine(_work, "thesis")).FullName;
        File.WriteAllText(Path.Combine(precious, "chapter1.docx"), "years of work");

        var result = CliRun.Run("build", "--input", Input, "--theme", Theme, "--output", precious);

        result.ExitCode.ShouldBe(2);
        File.ReadAllText(Path.Combine(precious, "chapter1.docx")).ShouldBe("years of work");
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = CliRun.Run("--help");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("build");
        result.Out.ShouldContain("notes");
        result.Out.ShouldContain("validate");
    }

    [Fact]
    public void Notes_prints_chapters_as_timestamp_lines_and_links_as_title_colon_url()
    {
        var result = CliRun.Run("notes", "shipping-a-typed-api-framework", "--input", Input, "--theme", Theme);

        result.ExitCode.ShouldBe(0, result.Error);
        var lines = result.Out.Split('\n');
        lines.ShouldContain("00:02 Why another API framework? (https://github.com/example/quill-api)");
        lines.ShouldContain("- quill-api on GitHub: https://github.com/example/quill-api");
        lines.ShouldContain("- Farah's site (https://farah.example.com) and her talk at DjangoCon (https://www.youtube.com/watch?v=dQw4w9WgXcQ)");
        lines.ShouldContain("quill-api | 41,200");
        lines.ShouldContain("[1] Measured on a 4-core laptop; your numbers will differ.");
        var order = new[] { "Guests", "Chapters", "🔗 Links", "🎥 YouTube", "Sponsor" }.Select(h => Array.IndexOf(lines, h)).ToList();
        order.ShouldBe(order.Order().ToList(), $"sections out of order:\n{result.Out}");
        order.ShouldAllBe(i => i > 0);
    }

    [Fact]
    public void Notes_as_markdown_keeps_the_body_as_written()
    {
        var result = CliRun.Run("notes", "shipping-a-typed-api-framework", "--format", "markdown", "--input", Input, "--theme", Theme);

        result.Out.ShouldContain("## In this episode");
        result.Out.ShouldContain("- [quill-api on GitHub](https://github.com/example/quill-api)");
        result.Out.ShouldContain("- 00:00 Intro");
    }

    [Fact]
    public void Notes_for_an_unknown_slug_suggests_the_nearest()
    {
        var result = CliRun.Run("notes", "profiling-python-in-productoin", "--input", Input, "--theme", Theme);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("The nearest:\n  profiling-python-in-production\n");
    }

    [Fact]
    public void Preview_on_a_port_in_use_is_a_one_line_error_that_suggests_another_before_any_build()
    {
        using var taken = new TakenPort();

        var result = CliRun.Run("preview", "--input", Input, "--theme", Theme, "--port", taken.Port.ToString());

        result.ExitCode.ShouldBe(2);
        result.Error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain($"port {taken.Port} on 127.0.0.1 is already in use; pass --port");
        result.Out.ShouldNotContain("Built in", customMessage: "a large show's first build would keep the podcaster waiting for this error");
    }

    private string CopyOfSampleInput()
    {
        var copy = Path.Combine(_work, "input");
        foreach (var file in Directory.GetFiles(Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }
}
