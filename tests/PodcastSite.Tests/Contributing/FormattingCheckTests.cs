using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Contributing;

/// <summary>
/// The formatting check .ci/run makes: CSharpier, pinned in .config/dotnet-tools.json, with the repository's own
/// .csharpierrc.json and .csharpierignore, run on a folder of its own so the test does not depend on the state of the tree.
/// </summary>
public sealed class FormattingCheckTests : IDisposable
{
    private const string Misformatted = """
        namespace Sample;
        public sealed class Counter { private int _count;
          public int Next(){ return ++_count; } }
        """;

    // As CSharpier writes it with printWidth 160: the long line stays whole.
    private const string Formatted = """
        namespace Sample;

        public sealed class Greeting
        {
            public static string For(string name, string show) => $"Welcome to {show}, {name}; the newest episode is at the top of the list and in your podcast app.";
        }

        """;

    private readonly TempFolder _folder = new();

    public FormattingCheckTests()
    {
        foreach (var file in new[] { ".csharpierrc.json", ".csharpierignore" })
            File.Copy(Repo.PathOf(file), _folder.PathOf(file));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_check_fails_on_a_misformatted_file_and_names_it()
    {
        Write("src/Counter.cs", Misformatted);
        Write("src/Greeting.cs", Formatted);

        var check = CSharpier("check", _folder.Root);

        check.ExitCode.ShouldNotBe(0, check.Output);
        check.Output.ShouldContain("Counter.cs");
        check.Output.ShouldNotContain("Greeting.cs");
    }

    [Fact]
    public void The_check_passes_on_formatted_files()
    {
        Write("src/Greeting.cs", Formatted);

        var check = CSharpier("check", _folder.Root);

        check.ExitCode.ShouldBe(0, check.Output);
    }

    [Fact]
    public void The_command_the_failure_names_makes_the_check_pass()
    {
        Write("src/Counter.cs", Misformatted);

        var format = CSharpier("format", _folder.Root);
        var check = CSharpier("check", _folder.Root);

        format.ExitCode.ShouldBe(0, format.Output);
        check.ExitCode.ShouldBe(0, check.Output);
        File.ReadAllText(_folder.PathOf("src/Counter.cs")).ShouldContain("    public int Next()\n    {\n        return ++_count;\n    }\n");
    }

    [Fact]
    public void Fixtures_golden_files_and_hostile_cases_are_left_as_they_are()
    {
        Write("tests/PodcastSite.Tests/Fixtures/Sample.cs", Misformatted);
        Write("tests/PodcastSite.Tests/Golden/sample-feed.xml", "<rss><channel><title>kept byte for byte</title></channel></rss>");
        Write("tests/PodcastSite.Tests/Hostile/cases/some-case/Sample.cs", Misformatted);
        Write("src/Greeting.cs", Formatted);

        var check = CSharpier("check", _folder.Root);

        check.ExitCode.ShouldBe(0, check.Output);
    }

    [Fact]
    public void CI_runs_the_check_before_the_tests_and_names_the_fix()
    {
        var script = File.ReadAllText(Repo.PathOf(".ci/run"));

        var check = script.IndexOf("dotnet csharpier check .", StringComparison.Ordinal);
        check.ShouldBeGreaterThan(0, ".ci/run does not run `dotnet csharpier check .`");
        script.IndexOf("dotnet tool restore", StringComparison.Ordinal).ShouldBeInRange(0, check);
        script.IndexOf("dotnet csharpier format .", check, StringComparison.Ordinal).ShouldBeGreaterThan(check);
        script.IndexOf("dotnet test", StringComparison.Ordinal).ShouldBeGreaterThan(check);
    }

    private void Write(string path, string text)
    {
        var full = _folder.PathOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>
    /// `dotnet csharpier` as a contributor runs it, from the repository, where the tool manifest is. Restoring needs
    /// NuGet once per machine; a machine that cannot reach it skips, except in CI (CI=true), where that is a failure.
    /// </summary>
    private static ProcessRun.Result CSharpier(string command, string folder)
    {
        var restore = ProcessRun.Run("dotnet", Repo.Root, ["tool", "restore"]);
        if (restore.ExitCode != 0)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                restore.ExitCode.ShouldBe(0, $"`dotnet tool restore` failed, so CSharpier cannot run:\n{restore.Output}");
            Assert.Skip($"`dotnet tool restore` could not restore CSharpier (no NuGet here?): {restore.Output.Trim()}");
        }
        return ProcessRun.Run("dotnet", Repo.Root, ["csharpier", command, folder]);
    }
}
