using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Hardening;

/// <summary>
/// What Unix file systems allow besides plain files and folders: a `\` inside a name, named pipes, links left in the
/// old output. None of them may put a file where the site does not mean one, hold the build, or be published.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly DiskSite _site = new(TestSite.Show + "\n" + TestSite.Episode);

    public SpecialFileTests() => Assert.SkipWhen(OperatingSystem.IsWindows(), "`\\` separates folders and pipes are not files on Windows");

    public void Dispose() => _site.Dispose();

    private string Output => Path.Combine(_site.Root, "output");

    [Fact]
    public void An_asset_with_backslashes_in_its_name_is_an_error_and_never_lands_at_the_top_of_the_site()
    {
        // Published as `assets/x/../../CNAME`, it would take over the site's custom domain on GitHub Pages.
        File.WriteAllText(_site.PathOf("assets/x\\..\\..\\CNAME"), "evil.example.com");

        var result = Build();

        result.ExitCode.ShouldBe(1, result.Out);
        result.Error.ShouldContain("input/assets/x\\..\\..\\CNAME: error: a file or folder name with `\\` in it is not published");
        result.Error.ShouldNotContain("   at ");
        Directory.Exists(Output).ShouldBeFalse();
    }

    [Fact]
    public void An_asset_whose_name_is_not_UTF_8_is_an_error_that_names_it_not_a_file_not_found()
    {
        // .NET can neither write nor remove such a name; the shell handles its bytes as they are.
        void Shell(string command)
        {
            using var shell = System.Diagnostics.Process.Start("bash", ["-c", command + " \"$1\"/$'bad\\xff\\xfename.txt'", "_", _site.PathOf("assets")])!;
            shell.WaitForExit();
        }
        Shell("touch");

        var result = Build();
        Shell("rm -f");

        result.ExitCode.ShouldBe(1, result.Out);
        result.Error.ShouldContain("input/assets/bad\uFFFD\uFFFDname.txt: error: this file or folder name is not UTF-8 text");
        result.Error.ShouldNotContain("Could not find file");
        Directory.Exists(Output).ShouldBeFalse();
    }

    [Theory]
    [InlineData("assets/pipe.bin")]
    [InlineData("episodes/2026-02-02-pipe.md")]
    public async Task A_named_pipe_in_the_input_is_an_error_that_names_it_not_a_build_that_waits_forever(string pipe)
    {
        NamedPipe.Make(_site.PathOf(pipe));

        var build = Task.Run(Build);
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)) == build;
        if (!finished)
            NamedPipe.Release(_site.PathOf(pipe)); // lets the stalled build go on, so it does not outlive the test

        finished.ShouldBeTrue("the build waited on a pipe in the input");
        var result = await build;
        result.ExitCode.ShouldBe(1, result.Out);
        result.Error.ShouldContain($"input/{pipe}` is not a file but a named pipe");
        result.Error.ShouldNotContain("   at ");
        Directory.Exists(Output).ShouldBeFalse();
    }

    [Fact]
    public void A_link_left_in_the_old_output_is_not_carried_into_the_new_site_even_with_the_same_bytes()
    {
        Build().ExitCode.ShouldBe(0);
        var page = Path.Combine(Output, "episodes", "hello", "index.html");
        var elsewhere = Path.Combine(_site.Root, "elsewhere.html");
        File.Move(page, elsewhere);
        File.CreateSymbolicLink(page, elsewhere);

        Build().ExitCode.ShouldBe(0);
        File.WriteAllText(elsewhere, "changed outside the site");

        new FileInfo(page).LinkTarget.ShouldBeNull("the new site's page is the link to a file outside it");
        File.ReadAllText(page).ShouldContain("Hello");
    }

    private CliRun.Outcome Build() => CliRun.Run("build", "--input", _site.Input, "--theme", _site.Theme, "--output", Output, "--now", "2026-06-01");
}
