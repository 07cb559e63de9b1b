using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Preview;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Hardening;

/// <summary>
/// The policy: a symbolic link is followed only to a file inside the same folder. Links out of the show, folder
/// links, loops and dangling links are positioned errors, in the build and in the preview alike.
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private readonly DiskSite _site = new(TestSite.Show + "\n" + TestSite.Episode);
    private readonly string _secret;

    public SymlinkTests()
    {
        _secret = Path.Combine(_site.Root, "secret.txt");
        File.WriteAllText(_secret, "the password is hunter2");
    }

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, string> Links =>
        new()
        {
            { "assets/passwd.txt", "/etc/passwd", "this symbolic link leads outside the show's folder" },
            { "assets/secret.txt", "../../secret.txt", "this symbolic link leads outside the show's folder" },
            { "assets/etc", "/etc", "this symbolic link leads to a folder" },
            { "assets/loop", "..", "this symbolic link leads to a folder" },
            { "assets/dangling.mp3", "nowhere.mp3", "this symbolic link points to nothing that exists" },
            { "assets/a.mp3", "b.mp3", "this symbolic link loops back on itself" },
        };

    [Theory]
    [MemberData(nameof(Links))]
    public async Task A_link_that_leaves_the_show_or_goes_nowhere_fails_the_build_without_publishing_anything(string link, string target, string message)
    {
        File.CreateSymbolicLink(_site.PathOf(link), target);
        if (link == "assets/a.mp3")
            File.CreateSymbolicLink(_site.PathOf("assets/b.mp3"), "a.mp3");
        var output = Path.Combine(_site.Root, "output");

        // A link loop once made the build walk forever: bounded, so a regression fails instead of hanging.
        var result = await Task.Run(() => CliRun.Run("build", "--input", _site.Input, "--theme", _site.Theme, "--output", output))
            .WaitAsync(TimeSpan.FromSeconds(60));

        result.ExitCode.ShouldBe(1, result.Error);
        result.Error.ShouldContain($"input/{link}: error: {message}");
        result.Error.ShouldNotContain("hunter2");
        result.Error.ShouldNotContain("root:");
        result.Error.ShouldNotContain("   at ");
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void The_preview_reports_the_same_error_and_serves_nothing_of_the_target()
    {
        File.CreateSymbolicLink(_site.PathOf("assets/passwd.txt"), "/etc/passwd");
        var builder = new IncrementalBuilder(_site.Input, _site.Theme, () => new BuildOptions(TestSite.DefaultNow), new AudioProbe());

        var build = builder.Build();

        build.Diagnostics.ShouldContain(d => d.Path.EndsWith("input/assets/passwd.txt") && d.Message.StartsWith("this symbolic link leads outside"));
        build.Files.Keys.ShouldNotContain("assets/passwd.txt");
    }

    [Fact]
    public void A_link_to_a_file_inside_the_show_is_published_as_that_file()
    {
        File.WriteAllText(_site.PathOf("assets/notes.txt"), "show notes");
        File.CreateSymbolicLink(_site.PathOf("assets/latest.txt"), "notes.txt");
        var output = Path.Combine(_site.Root, "output");

        var result = CliRun.Run("build", "--input", _site.Input, "--theme", _site.Theme, "--output", output);

        result.ExitCode.ShouldBe(0, result.Error);
        File.ReadAllText(Path.Combine(output, "assets", "latest.txt")).ShouldBe("show notes");
    }
}
