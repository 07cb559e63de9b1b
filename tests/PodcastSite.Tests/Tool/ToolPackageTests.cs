using System.Globalization;
using System.Runtime.InteropServices;
using PodcastSite.Output;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Tool;

/// <summary>
/// The generator as users get it: packed by tools/pack.sh, installed by `dotnet tool install`, run from a folder of
/// their own. Packing is slow, so each package is made once, on first use, and shared by the tests below.
/// </summary>
public sealed class ToolPackageTests(ToolPackageTests.Packages packages) : IClassFixture<ToolPackageTests.Packages>
{
    private const string Version = "9.8.7-test";
    private static readonly string Now = SampleShow.Now.ToString("yyyy-MM-dd");

    public sealed class Packages : IDisposable
    {
        // A pointer package that names only `any`: what a platform without a native package of its own installs.
        private readonly Lazy<InstalledTool> _frameworkDependent = new(() => InstalledTool.PackAndInstall(Version, "-p:ToolPackageRuntimeIdentifiers=any"));

        // The release's own package set for this machine: the CLI picks the linux-x64 package, a Native AOT binary.
        private readonly Lazy<InstalledTool> _nativeAot = new(() => InstalledTool.PackAndInstall(Version, "linux-x64"));

        public InstalledTool FrameworkDependent => _frameworkDependent.Value;

        public InstalledTool NativeAot => _nativeAot.Value;

        public void Dispose()
        {
            if (_frameworkDependent.IsValueCreated)
                _frameworkDependent.Value.Dispose();
            if (_nativeAot.IsValueCreated)
                _nativeAot.Value.Dispose();
        }
    }

    [Fact]
    public void The_installed_tool_prints_the_package_version()
    {
        var tool = packages.FrameworkDependent;

        var result = tool.Run(tool.EmptyFolder(), "--version");

        result.ExitCode.ShouldBe(0, result.Output);
        result.Out.Trim().ShouldBe(Version);
    }

    [Fact]
    public void The_installed_tool_builds_the_sample_show_from_an_empty_folder_like_the_in_process_build()
    {
        var tool = packages.FrameworkDependent;
        var folder = tool.EmptyFolder();

        var result = tool.Run(folder, "build", "--input", Repo.PathOf("input"), "--theme", Repo.PathOf("theme"), "--output", "site", "--now", Now);

        result.ExitCode.ShouldBe(0, result.Output);
        File.Exists(Path.Combine(folder, "site/index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(folder, "site/feed.xml")).ShouldBeTrue();
        ShouldMatchTheInProcessBuild(Path.Combine(folder, "site"));
    }

    [Fact]
    public void A_new_show_starts_builds_and_validates_with_the_installed_tool_alone()
    {
        var tool = packages.FrameworkDependent;
        var folder = tool.EmptyFolder();

        var init = tool.Run(
            folder,
            "init",
            "--title",
            "Night Shift",
            "--author",
            "Ana Díaz",
            "--email",
            "ana@example.org",
            "--base-url",
            "https://night.example.org/"
        );
        var episode = tool.Run(folder, "new", "First Episode", "--guest", "Bo Chen");
        var build = tool.Run(folder, "build", "--drafts");
        var validate = tool.Run(folder, "validate");

        init.ExitCode.ShouldBe(0, init.Output);
        episode.ExitCode.ShouldBe(0, episode.Output);
        build.ExitCode.ShouldBe(0, build.Output);
        validate.ExitCode.ShouldBe(0, validate.Output);
        Directory.Exists(Path.Combine(folder, "theme")).ShouldBeFalse("the show uses the theme built into the tool");
        File.Exists(Path.Combine(folder, "output", "episodes", "first-episode", "index.html")).ShouldBeTrue(build.Output);
        File.Exists(Path.Combine(folder, "output", "episodes", "welcome-to-night-shift", "index.html")).ShouldBeTrue(build.Output);
        File.Exists(Path.Combine(folder, "output", "css", "site.css")).ShouldBeTrue();

        ExternalTool.RequireClients();
        var (exitCode, report) = ExternalTool.Run(Path.Combine(ExternalTool.SharedClients, "check-feed"), "--json", Path.Combine(folder, "output", "feed.xml"));
        exitCode.ShouldBe(0, report);
        using var json = System.Text.Json.JsonDocument.Parse(report);
        foreach (var parser in json.RootElement.GetProperty("parsers").EnumerateArray())
        {
            parser.GetProperty("status").GetString().ShouldBe("ok", parser.ToString());
            parser
                .GetProperty("episode_count")
                .GetInt32()
                .ShouldBe(1, $"{parser.GetProperty("parser")}: the welcome episode has audio; the new draft has none yet");
        }
    }

    [Fact]
    public void The_build_step_of_the_pages_workflow_init_writes_works_with_the_installed_tool()
    {
        var tool = packages.FrameworkDependent;
        var folder = tool.EmptyFolder();
        tool.Run(folder, "init").ExitCode.ShouldBe(0);
        var workflow = Deploy.DeployRecipeTests.Workflow(File.ReadAllText(Path.Combine(folder, ".github/workflows/publish.yml")));
        var step = workflow.Runs.Single(run => run.Contains("podcastsite build"));

        // As GitHub runs it, with the address configure-pages gives a project site, and the tool the manifest names.
        var command = step.Replace("${{ steps.pages.outputs.base_url }}", "https://ana.github.io/night-shift").Replace("dotnet tool run podcastsite ", "");
        var arguments = System.Text.RegularExpressions.Regex.Matches(command, "\"[^\"]*\"|\\S+").Select(m => m.Value.Trim('"')).ToArray();
        var build = tool.Run(folder, arguments);

        build.ExitCode.ShouldBe(0, build.Output);
        File.ReadAllText(Path.Combine(folder, workflow.UploadedPath!, "index.html")).ShouldContain("href=\"/night-shift/");
        File.ReadAllText(Path.Combine(folder, workflow.UploadedPath!, "feed.xml")).ShouldContain("https://ana.github.io/night-shift/feed.xml");
    }

    [Fact]
    public async Task The_native_aot_tool_builds_validates_prints_notes_and_previews_like_the_in_process_build()
    {
        RequireNativeAot();
        var tool = packages.NativeAot;
        var folder = tool.EmptyFolder();
        string[] show = ["--input", Repo.PathOf("input"), "--theme", Repo.PathOf("theme")];

        // No podcastsite.dll: the command is the native binary, not the framework-dependent fallback.
        Directory.GetFiles(tool.Store, "podcastsite*", SearchOption.AllDirectories).Select(Path.GetFileName).ShouldNotContain("podcastsite.dll");
        tool.Run(folder, "--version").Out.Trim().ShouldBe(Version);

        var build = tool.Run(folder, ["build", .. show, "--output", "site", "--now", Now]);
        build.ExitCode.ShouldBe(0, build.Output);
        ShouldMatchTheInProcessBuild(Path.Combine(folder, "site"));

        var validate = tool.Run(folder, ["validate", .. show, "--now", Now]);
        validate.ExitCode.ShouldBe(0, validate.Output);

        var notes = tool.Run(folder, ["notes", "local-first-sync-engines", "--format", "markdown", .. show]);
        notes.ExitCode.ShouldBe(0, notes.Output);
        notes.Out.ShouldBe(CliRun.Run(["notes", "local-first-sync-engines", "--format", "markdown", .. show]).Out);

        // The preview is ASP.NET Core inside the native binary: it must start and serve a page with live reload.
        var port = DiskSite.FreePort();
        using var preview = tool.Start(folder, ["preview", .. show, "--port", port.ToString(CultureInfo.InvariantCulture)]);
        try
        {
            (await PageOnceServing($"http://127.0.0.1:{port}/")).ShouldContain("data-podcastsite-live-reload");
        }
        finally
        {
            preview.Kill();
            await preview.WaitForExitAsync();
        }
    }

    private static async Task<string> PageOnceServing(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await http.GetStringAsync(url);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Every file of the sample show, byte for byte, as the in-process pipeline writes it.</summary>
    private static void ShouldMatchTheInProcessBuild(string site)
    {
        var expected = Directory.CreateTempSubdirectory("podcastsite-expected-").FullName;
        try
        {
            SiteWriter.Write(SampleShow.Result.Files, Path.Combine(expected, "site"));
            var want = Files(Path.Combine(expected, "site"));
            var got = Files(site);
            got.Keys.ShouldBe(want.Keys);
            foreach (var (path, bytes) in want)
                got[path].SequenceEqual(bytes).ShouldBeTrue($"`{path}` differs from the in-process build");
        }
        finally
        {
            Directory.Delete(expected, recursive: true);
        }
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(
            Directory
                .GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal
        );

    /// <summary>
    /// Compiling Native AOT takes minutes, so it runs in CI (CI=true), where missing clang is a failure, and on a
    /// developer's machine only when asked (PODCASTSITE_AOT_TESTS=1).
    /// </summary>
    private static void RequireNativeAot()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            Assert.Skip("the Native AOT package is compiled on linux-x64 only");
        var inCi = Environment.GetEnvironmentVariable("CI") == "true";
        if (!inCi && Environment.GetEnvironmentVariable("PODCASTSITE_AOT_TESTS") != "1")
            Assert.Skip("Native AOT takes minutes to compile: CI runs this; set PODCASTSITE_AOT_TESTS=1 to run it here");
        File.Exists("/usr/bin/clang").ShouldBeTrue("Native AOT needs clang and zlib1g-dev; .ci/run installs them");
    }
}
