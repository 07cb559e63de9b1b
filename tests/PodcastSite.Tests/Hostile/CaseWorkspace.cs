using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Hostile;

/// <summary>
/// A case made real in a fresh temporary folder:
/// <code>
/// podcastsite-hostile-XXXX/
///   sentinel.txt      beside the case folder: nothing may touch it
///   NAME/             the working directory of the command
///     theme/          the repository's theme, then the case's theme files over it
///     input/          base/input, then the case's files over it
///     output/         a copy of the base show's build: the previous output a failed build must leave alone
/// </code>
/// </summary>
public sealed class CaseWorkspace : IDisposable
{
    /// <summary>The clock every case runs at, so scheduled episodes and dates never depend on the day.</summary>
    public static readonly FixedClock Clock = new(TestSite.DefaultNow);

    public const string SentinelFile = "sentinel.txt";

    private CaseWorkspace(HostileCase hostileCase)
    {
        Root = Directory.CreateTempSubdirectory("podcastsite-hostile-").FullName;
        ShowFolder = Path.Combine(Root, hostileCase.Name);
        File.WriteAllText(Path.Combine(Root, SentinelFile), "The hostile-input harness put this file here; no case may change it.\n");
    }

    /// <summary>The temporary folder holding the case folder and the sentinel.</summary>
    public string Root { get; }

    /// <summary>The case folder, where the command runs.</summary>
    public string ShowFolder { get; }

    public static CaseWorkspace Create(HostileCase hostileCase, BaseShowBuild baseShow)
    {
        var workspace = new CaseWorkspace(hostileCase);
        try
        {
            CopyFiles(baseShow.Show, workspace.ShowFolder);
            workspace.CopyPreviousOutput(hostileCase, baseShow.Output);
            CopyFiles(hostileCase.Folder, workspace.ShowFolder);
            CaseGenerators.Apply(Path.Combine(hostileCase.Folder, HostileCase.GenerateFile), workspace.ShowFolder);
            workspace.CreateLinks(Path.Combine(hostileCase.Folder, HostileCase.LinksFile));
            return workspace;
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs the command line in-process in the case folder, as a user would type it there. The working directory
    /// belongs to the whole process, which is why the cases run in a collection of their own that runs alone.
    /// </summary>
    public CliRun.Outcome Run(IReadOnlyList<string> args, TimeSpan timeout)
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(ShowFolder);
        try
        {
            var run = Task.Run(() => CliRun.Run(Clock, [.. args]));
            try
            {
                run.Wait(timeout).ShouldBeTrue($"`{string.Join(' ', args)}` did not finish within {timeout.TotalSeconds} s");
            }
            catch (AggregateException e)
            {
                throw new ShouldAssertException(
                    $"`{string.Join(' ', args)}` threw instead of reporting a diagnostic; a user would see this stack trace:\n{e.InnerException}"
                );
            }
            return run.Result;
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>The show's files of a folder (not the harness's own files at its top) into another, over what is there.</summary>
    public static void CopyFiles(string from, string to)
    {
        foreach (var file in HostileCase.ShowFiles(from))
        {
            var target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(from, file), target, overwrite: true);
        }
    }

    /// <summary>
    /// The base show's build where the case's command writes, unless that folder already exists or is part of the
    /// show (the cases that aim --output at the case folder, input/ or theme/).
    /// </summary>
    private void CopyPreviousOutput(HostileCase hostileCase, string previousOutput)
    {
        var output = Path.GetFullPath(Path.Combine(ShowFolder, hostileCase.OutputFolder));
        if (
            Directory.Exists(output)
            || File.Exists(output)
            || !IsInside(output, ShowFolder)
            || IsInside(output, Path.Combine(ShowFolder, "input"))
            || IsInside(output, Path.Combine(ShowFolder, "theme"))
            || HostileCase.ShowFiles(hostileCase.Folder).Any(f => IsInside(Path.GetFullPath(Path.Combine(ShowFolder, f)), output))
        )
            return;
        CopyFiles(previousOutput, output);
    }

    /// <summary>The <c>links</c> file: <c>PATH -> TARGET</c> a line, made at run time because git should not carry symbolic links.</summary>
    private void CreateLinks(string linksFile)
    {
        foreach (var line in HostileCase.Lines(linksFile))
        {
            var parts = line.Split(" -> ", 2, StringSplitOptions.TrimEntries);
            parts.Length.ShouldBe(2, $"{linksFile}: `{line}` should read `PATH -> TARGET`");
            var link = Path.Combine(ShowFolder, parts[0]);
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            File.CreateSymbolicLink(link, parts[1]);
        }
    }

    private static bool IsInside(string path, string folder) =>
        (Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar).StartsWith(
            Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar,
            StringComparison.Ordinal
        );
}
