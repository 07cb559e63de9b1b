using System.Diagnostics;
using Shouldly;

namespace PodcastSite.Tests.Support;

/// <summary>
/// The generator packed by tools/pack.sh and installed with `dotnet tool install` into a temporary folder, as a
/// user gets it. The install has the local packages as its only source and a temporary NuGet package cache, so it
/// neither reaches the network nor reuses a package of the same version from an earlier run.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly string _root;
    private readonly string _executable;

    private InstalledTool(string root, string version)
    {
        _root = root;
        Version = version;
        _executable = Path.Combine(root, "tool", OperatingSystem.IsWindows() ? "podcastsite.exe" : "podcastsite");
    }

    public string Version { get; }

    /// <summary>Where `dotnet tool install` unpacked the package it chose.</summary>
    public string Store => Path.Combine(_root, "tool", ".store");

    /// <param name="packArguments">RIDs and options for tools/pack.sh (see there).</param>
    public static InstalledTool PackAndInstall(string version, params string[] packArguments)
    {
        var root = Directory.CreateTempSubdirectory("podcastsite-tool-").FullName;
        var tool = new InstalledTool(root, version);
        try
        {
            var packages = Path.Combine(root, "packages");
            // Its own artifacts folder: packing never races the test run's own build of the generator.
            tool.Must(
                "bash",
                root,
                [Repo.PathOf("tools/pack.sh"), packages, $"-p:Version={version}", $"--artifacts-path={Path.Combine(root, "artifacts")}", .. packArguments]
            );
            File.WriteAllText(
                Path.Combine(root, "nuget.config"),
                $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="packed" value="{packages}" />
                  </packageSources>
                </configuration>
                """
            );
            tool.Must(
                "dotnet",
                root,
                [
                    "tool",
                    "install",
                    "PodcastSite",
                    "--version",
                    version,
                    "--tool-path",
                    Path.Combine(root, "tool"),
                    "--configfile",
                    Path.Combine(root, "nuget.config"),
                ],
                packageCache: Path.Combine(root, "nuget-packages")
            );
            return tool;
        }
        catch
        {
            tool.Dispose();
            throw;
        }
    }

    /// <summary>Runs the installed `podcastsite` in <paramref name="workingDirectory"/>.</summary>
    public CommandResult Run(string workingDirectory, params string[] arguments) => Execute(_executable, workingDirectory, arguments);

    /// <summary>Starts the installed `podcastsite` and leaves it running (the preview server); the caller stops it.</summary>
    public Process Start(string workingDirectory, params string[] arguments) => Process.Start(StartInfo(_executable, workingDirectory, arguments))!;

    /// <summary>A new empty folder to run the tool in, removed with the tool.</summary>
    public string EmptyFolder() => Directory.CreateDirectory(Path.Combine(_root, "work", Guid.NewGuid().ToString("N")[..8])).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Must(string program, string workingDirectory, string[] arguments, string? packageCache = null)
    {
        var result = Execute(program, workingDirectory, arguments, packageCache);
        result.ExitCode.ShouldBe(0, $"`{program} {string.Join(' ', arguments)}` failed:\n{result.Output}");
    }

    private CommandResult Execute(string program, string workingDirectory, string[] arguments, string? packageCache = null)
    {
        using var process = Process.Start(StartInfo(program, workingDirectory, arguments, packageCache))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(15)).ShouldBeTrue($"`{program}` did not finish in 15 minutes");
        return new CommandResult(process.ExitCode, output.Result, error.Result);
    }

    private ProcessStartInfo StartInfo(string program, string workingDirectory, string[] arguments, string? packageCache = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (packageCache is not null)
            start.Environment["NUGET_PACKAGES"] = packageCache;
        // The audio probe's cache lives under XDG_CACHE_HOME: keep the user's own out of it.
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(_root, "cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // MSBuild nodes left running would hold this process's output pipes open after `dotnet pack` exits.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        return start;
    }

    public sealed record CommandResult(int ExitCode, string Out, string Error)
    {
        public string Output => Out + Error;
    }
}
