using System.Text.RegularExpressions;
using System.Xml.Linq;
using PodcastSite.Tests.Support;
using Shouldly;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Tests.Contributing;

/// <summary>
/// The GitHub Actions workflows in .github/workflows: CI on every push and pull request, and the release on a `v*` tag.
/// GitHub is not here to run them, so these tests read them as YAML, and run the release's linux path, which is one
/// script (tools/release-check.sh), on this machine.
/// </summary>
public sealed partial class WorkflowTests
{
    private const string Ci = ".github/workflows/ci.yml";
    private const string Release = ".github/workflows/release.yml";

    [Theory]
    [InlineData(Ci)]
    [InlineData(Release)]
    public void A_workflow_is_yaml_whose_jobs_each_have_a_runner_and_steps(string workflow)
    {
        var root = Load(workflow);

        Map(root, "jobs").Children.ShouldNotBeEmpty($"{workflow} has no jobs");
        foreach (var (name, job) in Jobs(root))
        {
            Text(job, "runs-on").ShouldNotBeNullOrWhiteSpace($"{workflow}: job `{name}` has no `runs-on`");
            Steps(job).ShouldNotBeEmpty($"{workflow}: job `{name}` has no steps");
        }
    }

    [Fact]
    public void CI_runs_on_every_push_and_pull_request()
    {
        var triggers = Map(Load(Ci), "on");

        triggers.Children.Keys.Select(k => k.ToString()).ShouldBe(["push", "pull_request"], ignoreOrder: true);
    }

    [Fact]
    public void CI_runs_the_ci_script_on_debian_as_root_and_checks_formatting_without_the_harness()
    {
        var jobs = Jobs(Load(Ci));

        var test = jobs["test"];
        Text(test, "container").ShouldBe("debian:12");
        Runs(test).ShouldContain("bash .ci/run");
        // The harness sits beside the repository, as .ci/run expects it.
        Steps(test).Select(s => Text(s, "with", "path")).ShouldContain("shared");
        Steps(test).Select(s => Text(s, "with", "path")).ShouldContain("PodcastSite");
        string.Join("\n", Runs(jobs["format-and-build"])).ShouldContain("dotnet csharpier check .");
    }

    [Fact]
    public void A_release_starts_from_a_version_tag_and_nuget_publishing_only_by_hand()
    {
        var root = Load(Release);
        var triggers = Map(root, "on");

        Sequence(triggers, "push", "tags").Select(t => t.ToString()).ShouldBe(["v*"]);
        triggers.Children.Keys.Select(k => k.ToString()).ShouldContain("workflow_dispatch");
        var jobs = Jobs(root);
        Text(jobs["nuget"], "if").ShouldBe("github.event_name == 'workflow_dispatch'");
        string.Join("\n", Runs(jobs["nuget"])).ShouldContain("dotnet nuget push");
        Steps(jobs["nuget"]).Select(s => Text(s, "env", "NUGET_API_KEY")).ShouldContain("${{ secrets.NUGET_API_KEY }}");
        foreach (var building in new[] { "native", "portable" })
            Text(jobs[building], "if").ShouldBe("github.event_name == 'push'");
    }

    [Fact]
    public void The_release_matrix_has_a_native_runner_for_every_platform_the_package_names()
    {
        var native = Jobs(Load(Release))["native"];
        var matrix = Sequence(native, "strategy", "matrix", "include").Cast<YamlMappingNode>().ToDictionary(e => Text(e, "rid")!, e => Text(e, "os")!);

        var platforms = ToolPackageRuntimeIdentifiers().Where(rid => rid != "any");
        matrix.Keys.ShouldBe(platforms, ignoreOrder: true);
        matrix.ShouldBe(
            new Dictionary<string, string>
            {
                ["linux-x64"] = "ubuntu-latest",
                ["linux-arm64"] = "ubuntu-24.04-arm",
                ["osx-arm64"] = "macos-latest",
                ["osx-x64"] = "macos-15-intel",
                ["win-x64"] = "windows-latest",
            },
            ignoreOrder: true
        );
        Text(native, "defaults", "run", "shell").ShouldBe("bash");
        Runs(native).ShouldContain("bash tools/release-check.sh \"${GITHUB_REF_NAME#v}\" packages ${{ matrix.rid }}");
    }

    [Fact]
    public void The_release_attaches_every_package_and_their_checksums_after_every_check()
    {
        var release = Jobs(Load(Release))["release"];
        var script = string.Join("\n", Runs(release));

        Sequence(release, "needs").Select(n => n.ToString()).ShouldBe(["native", "portable"], ignoreOrder: true);
        script.ShouldContain("sha256sum *.nupkg > SHA256SUMS");
        script.ShouldContain("gh release create \"$GITHUB_REF_NAME\" release/*.nupkg release/SHA256SUMS");
        var checkedIds = PackageLoop().Match(script).Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        checkedIds.ShouldBe(["PodcastSite", .. ToolPackageRuntimeIdentifiers().Select(rid => $"PodcastSite.{rid}")], ignoreOrder: true);
    }

    [Fact]
    public void The_release_check_refuses_a_tag_that_is_not_a_version()
    {
        var check = ProcessRun.Run("bash", Repo.Root, [Repo.PathOf("tools/release-check.sh"), "1.2", "packages", "any"]);

        check.ExitCode.ShouldBe(2, check.Output);
        check.Error.ShouldContain("`1.2` is not a version like 1.2.3");
    }

    /// <summary>
    /// The portable job of release.yml on this machine: its own command turns the tag into the version, and the script
    /// it calls packs, installs, runs `--version` and builds the sample show. The Native AOT jobs run the same script
    /// with a RID; ToolPackageTests compiles the linux-x64 one when PODCASTSITE_AOT_TESTS=1.
    /// </summary>
    [Fact]
    public void The_release_check_packs_installs_and_runs_the_version_of_the_tag()
    {
        var run = Runs(Jobs(Load(Release))["portable"]).Single(r => r.Contains("release-check.sh", StringComparison.Ordinal));
        var words = ReleaseCheckCall().Match(run);
        words.Success.ShouldBeTrue($"the portable job no longer calls the release check as `bash tools/release-check.sh VERSION PKGDIR any`: {run}");
        var version = ProcessRun
            .Run(
                "bash",
                Repo.Root,
                ["-c", $"printf %s {words.Groups["version"].Value}"],
                new Dictionary<string, string> { ["GITHUB_REF_NAME"] = "v9.8.7-release" }
            )
            .Out;
        version.ShouldBe("9.8.7-release");
        using var folder = new TempFolder();
        var packages = folder.PathOf(words.Groups["packages"].Value);

        // Its own artifacts folder and package cache: packing never races the test run's build of the generator.
        var check = ProcessRun.Run(
            "bash",
            Repo.Root,
            [Repo.PathOf("tools/release-check.sh"), version, packages, words.Groups["rid"].Value, $"--artifacts-path={folder.PathOf("artifacts")}"],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = folder.PathOf("nuget-packages"), ["XDG_CACHE_HOME"] = folder.PathOf("cache") }
        );

        check.ExitCode.ShouldBe(0, check.Output);
        check.Out.ShouldContain("release-check: PodcastSite 9.8.7-release (any) installs, prints its version and builds the sample show");
        Directory
            .GetFiles(packages)
            .Select(Path.GetFileName)
            .ShouldBe(["PodcastSite.9.8.7-release.nupkg", "PodcastSite.any.9.8.7-release.nupkg"], ignoreOrder: true);
    }

    // ---- reading the workflows

    private static YamlMappingNode Load(string workflow)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Repo.PathOf(workflow));
        stream.Load(reader);
        stream.Documents.Count.ShouldBe(1, $"{workflow} should be one YAML document");
        return stream.Documents[0].RootNode.ShouldBeOfType<YamlMappingNode>();
    }

    private static Dictionary<string, YamlMappingNode> Jobs(YamlMappingNode root) =>
        Map(root, "jobs").Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ShouldBeOfType<YamlMappingNode>());

    private static List<YamlMappingNode> Steps(YamlMappingNode job) => Sequence(job, "steps").Cast<YamlMappingNode>().ToList();

    private static List<string> Runs(YamlMappingNode job) => Steps(job).Select(s => Text(s, "run")).OfType<string>().Select(r => r.Trim()).ToList();

    private static YamlNode? Find(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child))
                return null;
            node = child;
        }
        return node;
    }

    private static YamlMappingNode Map(YamlNode node, params string[] path) =>
        Find(node, path).ShouldBeOfType<YamlMappingNode>($"`{string.Join('.', path)}` should be a mapping");

    private static IEnumerable<YamlNode> Sequence(YamlNode node, params string[] path) =>
        Find(node, path).ShouldBeOfType<YamlSequenceNode>($"`{string.Join('.', path)}` should be a list").Children;

    private static string? Text(YamlNode node, params string[] path) => (Find(node, path) as YamlScalarNode)?.Value;

    private static string[] ToolPackageRuntimeIdentifiers() =>
        XDocument
            .Load(Repo.PathOf("generator/PodcastSite.csproj"))
            .Descendants("ToolPackageRuntimeIdentifiers")
            .Single()
            .Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"for id in (?<ids>[^;]+); do")]
    private static partial Regex PackageLoop();

    [GeneratedRegex("""^bash tools/release-check\.sh (?<version>"\$\{GITHUB_REF_NAME#v\}") (?<packages>[\w-]+) (?<rid>any)$""")]
    private static partial Regex ReleaseCheckCall();
}
