using System.Diagnostics;
using Shouldly;

namespace PodcastSite.Tests.Support;

/// <summary>Runs a third-party program (the podcast clients in ../shared/clients) and returns what it printed.</summary>
public static class ExternalTool
{
    public static string SharedClients => Path.GetFullPath(Path.Combine(Repo.Root, "../shared/clients"));

    /// <summary>
    /// The real clients are installed by .ci/run; on a developer machine without them the test is skipped,
    /// but in CI (CI=true) their absence is a failure, so the check can never pass by not running.
    /// </summary>
    public static void RequireClients()
    {
        var installed = File.Exists("/usr/bin/gpo") && Directory.Exists(Path.Combine(SharedClients, "node/node_modules"));
        if (installed)
            return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            installed.ShouldBeTrue("the podcast clients are not installed; .ci/run must run ../shared/clients/install.sh");
        Assert.Skip("podcast clients not installed (run ../shared/clients/install.sh)");
    }

    public static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(3)).ShouldBeTrue($"{program} did not finish in 3 minutes");
        return (process.ExitCode, output.Result + error.Result);
    }
}
