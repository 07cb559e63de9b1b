using System.Text.RegularExpressions;
using Shouldly;

namespace PodcastSite.Tests.Hostile;

/// <summary>The cases set the working directory, which the whole process shares, so they run alone, after the other tests.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class WorkingDirectoryCollection;

/// <summary>
/// Broken and hostile shows (cases/NAME/), each run through the real command line: every one must get its exact
/// diagnostics and exit code, print no stack trace, finish, and write nothing but a successful build's output.
/// See README.md beside this file for how to add a case.
/// </summary>
[Collection(typeof(WorkingDirectoryCollection))]
public sealed partial class HostileInputTests(BaseShowBuild baseShow) : IClassFixture<BaseShowBuild>
{
    // Generous: a case is a one-episode show; only a hang takes this long.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_HOSTILE") == "1";

    public static TheoryData<string> Cases => new(HostileCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gets_its_exact_diagnostics_and_harms_no_file(string name)
    {
        // Given
        var hostileCase = HostileCase.Named(name);
        using var workspace = CaseWorkspace.Create(hostileCase, baseShow);
        var before = FolderSnapshot.Take(workspace.Root);

        // When
        var outcome = workspace.Run(hostileCase.Args, Limit);

        // Then
        var printed = outcome.Out + outcome.Error;
        StackTrace().IsMatch(printed).ShouldBeFalse($"the command printed a stack trace or an exception's name:\n{printed}");

        var actual = ExpectedOutput.Of(outcome);
        if (Updating)
            File.WriteAllText(hostileCase.ExpectedPath, actual);
        File.Exists(hostileCase.ExpectedPath)
            .ShouldBeTrue($"cases/{name} has no `expected` file; run `UPDATE_HOSTILE=1 dotnet test`, then read what it wrote. It printed:\n{actual}");
        actual.ShouldBe(
            File.ReadAllText(hostileCase.ExpectedPath),
            $"cases/{name}: the output changed; if that is intended, run `UPDATE_HOSTILE=1 dotnet test` and review the diff of cases/{name}/expected"
        );

        var built = hostileCase.IsBuild && outcome.ExitCode == 0;
        var output = Path.GetRelativePath(workspace.Root, Path.GetFullPath(Path.Combine(workspace.ShowFolder, hostileCase.OutputFolder))).Replace('\\', '/');
        var after = FolderSnapshot.Take(workspace.Root);
        var changes = built ? after.Without(output).ChangesSince(before.Without(output)) : after.ChangesSince(before);
        changes.ShouldBeEmpty(
            built
                ? $"a build may write only its output folder `{output}`"
                : "a command that failed (or wrote nothing) must leave every file as it was, the previous output and the sentinel beside the case folder included"
        );

        OutputChecks.Run(Path.Combine(hostileCase.Folder, HostileCase.ChecksFile), workspace.ShowFolder);
    }

    // A .NET stack frame ("   at Type.Method(...)") or an exception's type name, which no user should ever be shown.
    [GeneratedRegex(@"^\s+at \S+\(|\b\w*Exception\b", RegexOptions.Multiline)]
    internal static partial Regex StackTrace();
}
