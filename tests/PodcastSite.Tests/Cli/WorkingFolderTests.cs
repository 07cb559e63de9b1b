using PodcastSite.Tests.Hostile;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Cli;

/// <summary>Commands run from the wrong folder, as a terminal left in `input/episodes/` runs them. They set the working directory, so they run alone.</summary>
[Collection(typeof(WorkingDirectoryCollection))]
public sealed class WorkingFolderTests
{
    [Theory]
    [InlineData("input", "..")]
    [InlineData("input/episodes", "../..")]
    public void A_build_from_inside_the_input_folder_says_how_to_get_back_to_the_show(string inside, string up)
    {
        using var site = new DiskSite(TestSite.Show + "\n" + TestSite.Episode);
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.Combine(site.Input, "..", inside));
        try
        {
            var result = CliRun.Run("build");

            result.ExitCode.ShouldBe(2);
            result.Error.ShouldContain($"inside the show's input folder; run from the show's folder: `cd {up}`");
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
}
