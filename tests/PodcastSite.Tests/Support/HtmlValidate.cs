using Shouldly;

namespace PodcastSite.Tests.Support;

/// <summary>
/// html-validate (npm), pinned in tools/html-validate/ with the rules of the HTML standard (its `standard` and
/// `document` presets), installed there by `npm ci`, which .ci/run does.
/// </summary>
public static class HtmlValidate
{
    public static string Folder => Repo.PathOf("tools/html-validate");

    private static string Program => Path.Combine(Folder, "node_modules/.bin/html-validate");

    /// <summary>Skips on a developer machine without it; in CI its absence fails, so the check cannot pass by not running.</summary>
    public static void Require()
    {
        if (File.Exists(Program))
            return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            File.Exists(Program).ShouldBeTrue("html-validate is not installed; .ci/run must run `npm ci` in tools/html-validate");
        Assert.Skip("html-validate not installed (run `npm ci` in tools/html-validate)");
    }

    /// <summary>What html-validate said about the files, and whether it found an error.</summary>
    public static (bool Valid, string Report) Check(IEnumerable<string> files)
    {
        var (exitCode, output) = ExternalTool.Run(Program, ["--config", Path.Combine(Folder, ".htmlvalidate.json"), "--formatter", "text", .. files]);
        return (exitCode == 0, output);
    }
}
