using PodcastSite.Output;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Hardening;

/// <summary>A build writes only inside its output folder, and replaces only a folder it can prove is its own.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("podcastsite-out-").FullName;
    private static readonly string Theme = Repo.PathOf("theme");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Theory]
    [InlineData("../../victim.txt", "`../../victim.txt`")]
    [InlineData("C:/victim.xml", "`C:/victim.xml`")]
    [InlineData("episodes", "`episodes`")]
    [InlineData("\"\"", "not ``")]
    [InlineData("/podcast/feed.xml", null)]
    [InlineData("\"feed\\0.xml\"", "`feed\\u0000.xml`")]
    [InlineData("..\\\\victim.xml", "`..\\\\victim.xml`")]
    public void A_feed_path_that_is_not_a_plain_path_inside_the_site_is_a_positioned_error(string feedPath, string? quoted)
    {
        var input = SampleInputWith($"feed_path: {feedPath}\n");
        var victim = Path.Combine(_work, "victim.txt");
        File.WriteAllText(victim, "keep me");
        var output = Path.Combine(_work, "a", "b", "site");

        var result = CliRun.Run("build", "--input", input, "--theme", Theme, "--output", output);

        if (quoted is null)
        {
            result.ExitCode.ShouldBe(0, "a path from the site's root is inside the site");
            File.Exists(Path.Combine(output, "podcast", "feed.xml")).ShouldBeTrue();
        }
        else
        {
            result.ExitCode.ShouldBe(1, result.Error);
            result.Error.ShouldContain($"podcast.yml(1,12): error: `feed_path` must be a plain path inside the site");
            result.Error.ShouldContain(quoted);
            Directory.Exists(output).ShouldBeFalse();
        }
        File.ReadAllText(victim).ShouldBe("keep me");
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_never_replaced_even_with_an_index_html()
    {
        var folder = Path.Combine(_work, "wedding");
        Directory.CreateDirectory(Path.Combine(folder, "photos"));
        File.WriteAllText(Path.Combine(folder, "index.html"), "<p>our wedding</p>");
        File.WriteAllText(Path.Combine(folder, "photos", "wedding.jpg"), "jpeg");
        File.WriteAllText(Path.Combine(folder, "thesis.docx"), "thesis");

        var result = CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", folder);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain($"holds files that PodcastSite did not write (it has no `{OutputFolder.MarkerName}` file)");
        File.ReadAllText(Path.Combine(folder, "photos", "wedding.jpg")).ShouldBe("jpeg");
        File.ReadAllText(Path.Combine(folder, "thesis.docx")).ShouldBe("thesis");
        File.ReadAllText(Path.Combine(folder, "index.html")).ShouldBe("<p>our wedding</p>");
    }

    [Fact]
    public void A_built_folder_carries_the_marker_and_is_replaced_by_the_next_build()
    {
        var output = Path.Combine(_work, "site");
        CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output).ExitCode.ShouldBe(0);
        File.Exists(Path.Combine(output, OutputFolder.MarkerName)).ShouldBeTrue();
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");

        CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output).ExitCode.ShouldBe(0);

        File.Exists(Path.Combine(output, "stale.html")).ShouldBeFalse("a marked folder is the build's own and is replaced whole");
        File.Exists(Path.Combine(output, "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Removing_the_old_site_removes_links_in_it_and_never_what_they_point_at()
    {
        var output = Path.Combine(_work, "site");
        CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output).ExitCode.ShouldBe(0);
        var outside = Directory.CreateDirectory(Path.Combine(_work, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "mine");
        // One link among the site's top folders, one among an episode's folders, and one in a folder further down.
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(output, "episodes", "linked"), outside);
        var episode = Directory.GetDirectories(Path.Combine(output, "episodes"))[0];
        Directory.CreateSymbolicLink(Path.Combine(episode, "linked"), outside);

        CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output).ExitCode.ShouldBe(0);

        File.ReadAllText(Path.Combine(outside, "keep.txt")).ShouldBe("mine", "the old site's links were followed when it was removed");
        Directory.Exists(Path.Combine(output, "linked")).ShouldBeFalse();
        Directory.GetDirectories(_work).Select(Path.GetFileName).Order().ToList().ShouldBe(["outside", "site"], "the old site is removed whole");
    }

    [Fact]
    public void An_output_inside_the_theme_or_the_input_is_refused()
    {
        var input = SampleInputWith("");
        var theme = Path.Combine(_work, "theme");
        CopyFolder(Theme, theme);

        var inTheme = CliRun.Run("build", "--input", input, "--theme", theme, "--output", Path.Combine(theme, "static", "site"));
        var inInput = CliRun.Run("build", "--input", input, "--theme", theme, "--output", Path.Combine(input, "assets", "site"));

        inTheme.ExitCode.ShouldBe(2);
        inTheme.Error.ShouldContain("overlaps the input, the theme or the current folder");
        inInput.ExitCode.ShouldBe(2);
        Directory.Exists(Path.Combine(theme, "static", "site")).ShouldBeFalse();
        Directory.Exists(Path.Combine(input, "assets", "site")).ShouldBeFalse();
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_removed_by_the_next_but_unmarked_lookalikes_are_kept()
    {
        var output = Path.Combine(_work, "site");
        var deadPid = 999_999;
        var staging = Path.Combine(_work, $".site.building-{deadPid}");
        var retired = Path.Combine(_work, $".site.old-{deadPid}");
        var lookalike = Path.Combine(_work, $".site.old-{deadPid - 1}");
        foreach (var folder in new[] { staging, retired, lookalike })
            Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(staging, OutputFolder.MarkerName), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(staging, "half.html"), "<p>half a site");
        File.WriteAllText(Path.Combine(retired, OutputFolder.MarkerName), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(lookalike, "notes.txt"), "mine");

        CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output).ExitCode.ShouldBe(0);

        Directory.Exists(staging).ShouldBeFalse("a killed build's staging folder is removed");
        Directory.Exists(retired).ShouldBeFalse("an old output left behind is removed");
        File.ReadAllText(Path.Combine(lookalike, "notes.txt")).ShouldBe("mine", "an unmarked folder is never removed, whatever its name");
    }

    [Fact]
    public void Leftovers_of_an_earlier_run_with_this_process_number_are_removed_as_in_a_container_where_every_run_is_process_1()
    {
        var output = Path.Combine(_work, "site");
        CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output).ExitCode.ShouldBe(0);
        var staging = Path.Combine(_work, $".site.building-{Environment.ProcessId}");
        var retired = Path.Combine(_work, $".site.old-{Environment.ProcessId}");
        foreach (var folder in new[] { staging, retired })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, OutputFolder.MarkerName), OutputFolder.MarkerText);
        }

        var result = CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output);

        result.ExitCode.ShouldBe(0, result.Error);
        Directory.Exists(staging).ShouldBeFalse();
        Directory.Exists(retired).ShouldBeFalse("a build killed in the container's last run left it; this run's commit needs the name");
    }

    [Fact]
    public void A_folder_of_someone_elses_files_under_the_name_a_build_needs_is_kept_and_named_in_the_error()
    {
        var output = Path.Combine(_work, "site");
        CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output).ExitCode.ShouldBe(0);
        var retired = Path.Combine(_work, $".site.old-{Environment.ProcessId}");
        Directory.CreateDirectory(retired);
        File.WriteAllText(Path.Combine(retired, "notes.txt"), "mine");

        var result = CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(".site.old-");
        result.Error.ShouldContain("is in the way");
        File.ReadAllText(Path.Combine(retired, "notes.txt")).ShouldBe("mine");
        OutputFolder.IsMarked(output).ShouldBeTrue("the previous site stays");
    }

    [Fact]
    public void An_output_folder_named_with_a_control_character_is_printed_without_it()
    {
        var output = Path.Combine(_work, "site\nBuilt fake: 0 episodes");

        var result = CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", output);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("site\uFFFDBuilt fake: 0 episodes");
        result.Out.ShouldNotContain("\nBuilt fake");
    }

    [Fact]
    public void An_output_folder_that_is_a_link_is_refused_and_the_site_it_leads_to_is_kept_whole()
    {
        var webRoot = Path.Combine(_work, "www");
        CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", webRoot).ExitCode.ShouldBe(0);
        var before = Directory.GetFiles(webRoot, "*", SearchOption.AllDirectories).Order().ToList();
        var link = Path.Combine(_work, "output");
        Directory.CreateSymbolicLink(link, webRoot);

        var result = CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", link);

        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain($"Output folder `{link}` is a link to `{webRoot}`, and a build replaces its output folder whole");
        new FileInfo(link).LinkTarget.ShouldBe(webRoot, "the link stays as it was");
        Directory.GetFiles(webRoot, "*", SearchOption.AllDirectories).Order().ToList().ShouldBe(before, "the site the link leads to is untouched");
    }

    [Fact]
    public void A_dangling_link_as_the_output_folder_is_refused_and_nothing_is_made_where_it_points()
    {
        var nowhere = Path.Combine(_work, "not", "there");
        var link = Path.Combine(_work, "output");
        File.CreateSymbolicLink(link, nowhere);

        var result = CliRun.Run("build", "--input", Repo.PathOf("input"), "--theme", Theme, "--output", link);

        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain($"is a link to `{nowhere}`");
        Directory.Exists(Path.Combine(_work, "not")).ShouldBeFalse();
    }

    [Fact]
    public void An_output_inside_the_input_through_a_symbolic_link_is_refused()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "links need privileges on Windows");
        var input = SampleInputWith("");
        var link = Path.Combine(_work, "inlink");
        Directory.CreateSymbolicLink(link, input);

        var result = CliRun.Run("build", "--input", input, "--theme", Theme, "--output", Path.Combine(link, "assets", "site"));

        result.ExitCode.ShouldBe(2, result.Out);
        result.Error.ShouldContain("overlaps the input, the theme or the current folder");
        Directory.Exists(Path.Combine(input, "assets", "site")).ShouldBeFalse("the site was written into the input");
    }

    [Fact]
    public void A_build_that_fails_leaves_no_folders_made_for_its_output()
    {
        var input = SampleInputWith("title: [1, 2]\n");

        var result = CliRun.Run("build", "--input", input, "--theme", Theme, "--output", Path.Combine(_work, "new", "a", "b", "out"));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("nothing was written, and there is no");
        Directory.Exists(Path.Combine(_work, "new")).ShouldBeFalse("the folders above the output were made for a build that wrote nothing");
    }

    private string SampleInputWith(string podcastYmlPrefix)
    {
        var input = Path.Combine(_work, "show", "input");
        if (!Directory.Exists(input))
            CopyFolder(Repo.PathOf("input"), input);
        var yml = Path.Combine(input, "podcast.yml");
        File.WriteAllText(yml, podcastYmlPrefix + File.ReadAllText(Path.Combine(Repo.PathOf("input"), "podcast.yml")));
        return input;
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
