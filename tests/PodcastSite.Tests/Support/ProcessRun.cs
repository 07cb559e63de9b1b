using System.Diagnostics;
using Shouldly;

namespace PodcastSite.Tests.Support;

/// <summary>Runs a program the way a contributor types it in a terminal, and returns what it printed.</summary>
public static class ProcessRun
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string Output => Out + Error;
    }

    public static Result Run(string program, string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // MSBuild nodes left running would hold this process's output pipes open after `dotnet pack` exits.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(15)).ShouldBeTrue($"`{program} {string.Join(' ', arguments)}` did not finish in 15 minutes");
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
