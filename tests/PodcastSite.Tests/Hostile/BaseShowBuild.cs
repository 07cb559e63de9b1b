using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Hostile;

/// <summary>
/// The show every case starts from, made once per test run: the repository's theme and base/input in <see cref="Show"/>,
/// and its real build in <see cref="Output"/>, which each case gets as the previous output a failed build must keep.
/// </summary>
public sealed class BaseShowBuild : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("podcastsite-hostile-base-").FullName;

    public BaseShowBuild()
    {
        Show = Path.Combine(_root, "show");
        Output = Path.Combine(_root, "output");
        CaseWorkspace.CopyFiles(Repo.PathOf("theme"), Path.Combine(Show, "theme"));
        CaseWorkspace.CopyFiles(HostileCase.BaseFolder, Show);
        CaseGenerators.Apply(Path.Combine(HostileCase.BaseFolder, HostileCase.GenerateFile), Show);
        var build = CliRun.Run(
            CaseWorkspace.Clock,
            "build",
            "--input",
            Path.Combine(Show, "input"),
            "--theme",
            Path.Combine(Show, "theme"),
            "--output",
            Output
        );
        build.ExitCode.ShouldBe(0, $"the base show must build, to stand for the previous output:\n{build.Error}");
    }

    /// <summary>The case folder of the base show: theme/ and input/.</summary>
    public string Show { get; }

    public string Output { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
