using Shouldly;

namespace PodcastSite.Tests.Hostile;

/// <summary>The harness's own checks, shown to catch what they are there to catch, so a case cannot pass by not looking.</summary>
public sealed class HarnessTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("podcastsite-harness-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_snapshot_names_every_file_written_deleted_or_changed_hidden_ones_included()
    {
        File.WriteAllText(Path.Combine(_root, "kept.txt"), "same");
        File.WriteAllText(Path.Combine(_root, "changed.txt"), "before");
        File.WriteAllText(Path.Combine(_root, "deleted.txt"), "gone soon");
        var before = FolderSnapshot.Take(_root);

        File.WriteAllText(Path.Combine(_root, "changed.txt"), "after");
        File.Delete(Path.Combine(_root, "deleted.txt"));
        Directory.CreateDirectory(Path.Combine(_root, ".output.building-42"));

        FolderSnapshot
            .Take(_root)
            .ChangesSince(before)
            .ShouldBe(["written: .output.building-42", "deleted: deleted.txt", "changed: changed.txt"], ignoreOrder: true);
    }

    [Fact]
    public void A_snapshot_without_the_output_folder_ignores_only_that_folder()
    {
        Directory.CreateDirectory(Path.Combine(_root, "show/output"));
        var before = FolderSnapshot.Take(_root);

        File.WriteAllText(Path.Combine(_root, "show/output/index.html"), "new site");
        File.WriteAllText(Path.Combine(_root, "show/output-old.txt"), "beside it");

        FolderSnapshot.Take(_root).Without("show/output").ChangesSince(before.Without("show/output")).ShouldBe(["written: show/output-old.txt"]);
    }

    [Fact]
    public void A_snapshot_records_a_link_without_following_it()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "loop"), _root);

        FolderSnapshot.Take(_root).ChangesSince(FolderSnapshot.Take(_root)).ShouldBeEmpty();
    }

    [Fact]
    public void A_printed_stack_trace_is_recognised_and_a_diagnostic_is_not()
    {
        string trace;
        try
        {
            throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
        }
        catch (InvalidOperationException e)
        {
            trace = e.ToString();
        }

        HostileInputTests.StackTrace().IsMatch(trace).ShouldBeTrue(trace);
        HostileInputTests
            .StackTrace()
            .IsMatch("input/episodes/x.md(4,9): error: `number` must be a positive whole number, not `two`\n  4 | number: two\n")
            .ShouldBeFalse();
    }

    [Fact]
    public void Invisible_characters_are_shown_as_code_points_and_read_back()
    {
        var text = "a\u0000b\u0001c\uFFFE\uFEFF\r\n\td";

        VisibleText.Show(text).ShouldBe("a<U+0000>b<U+0001>c<U+FFFE><U+FEFF><U+000D>\n\td");
        VisibleText.Decode(VisibleText.Show(text)).ShouldBe(text);
    }

    [Fact]
    public void A_case_workspace_has_the_previous_build_and_the_sentinel_before_the_command_runs()
    {
        using var baseShow = new BaseShowBuild();
        using var workspace = CaseWorkspace.Create(HostileCase.Named("yaml-unclosed-quote"), baseShow);

        File.Exists(Path.Combine(workspace.ShowFolder, "output/index.html")).ShouldBeTrue("the base show's build stands for the previous output");
        File.Exists(Path.Combine(workspace.ShowFolder, "theme/layouts/base.html")).ShouldBeTrue("the repository's theme is copied");
        File.Exists(Path.Combine(workspace.ShowFolder, "input/episodes/2026-02-01-quote.md")).ShouldBeTrue("the case's files are laid over the base show");
        File.Exists(Path.Combine(workspace.ShowFolder, "expected")).ShouldBeFalse("the harness's own files stay out of the show");
        File.Exists(Path.Combine(workspace.Root, CaseWorkspace.SentinelFile)).ShouldBeTrue();
    }
}
