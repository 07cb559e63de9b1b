using System.Text.RegularExpressions;
using PodcastSite.Tests.Support;
using Shouldly;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Tests.Deploy;

/// <summary>The publishing recipes podcasters copy from docs/deploy.md, and the workflow `init` writes, are files their hosts can read.</summary>
public sealed partial class DeployRecipeTests
{
    private static readonly string Guide = File.ReadAllText(Repo.PathOf("docs/deploy.md"));

    public static TheoryData<string> YamlBlocks() => [.. Blocks("yaml")];

    public static TheoryData<string> TomlBlocks() => [.. Blocks("toml")];

    [Theory]
    [MemberData(nameof(YamlBlocks))]
    public void Every_yaml_recipe_is_valid_yaml(string yaml)
    {
        var stream = new YamlStream();
        Should.NotThrow(() => stream.Load(new StringReader(yaml)), yaml);
        stream.Documents.ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TomlBlocks))]
    public void Every_toml_recipe_is_valid_toml(string toml)
    {
        var table = Should.NotThrow(() => Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(toml, (Tomlyn.TomlSerializerOptions?)null), toml);
        table.ShouldNotBeNull().Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_netlify_recipe_builds_into_the_folder_it_publishes()
    {
        var toml = Blocks("toml").Single(b => b.Contains("[build]"));
        var model = Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(toml, (Tomlyn.TomlSerializerOptions?)null)!;
        var build = (Tomlyn.Model.TomlTable)model["build"];

        build["publish"].ShouldBe("output");
        build["command"].ShouldBe("bash build.sh");
        Blocks("sh").ShouldContain(script => script.Contains("podcastsite build"), "the build.sh the recipe runs builds the show");
    }

    [Fact]
    public void The_workflow_init_writes_builds_under_the_pages_address_and_uploads_the_output()
    {
        using var work = new TempFolder();
        CliRun.Run("init", work.PathOf("show")).ExitCode.ShouldBe(0);

        var workflow = Workflow(File.ReadAllText(work.PathOf("show/.github/workflows/publish.yml")));

        workflow.Triggers.ShouldContain("push");
        workflow.Runs.ShouldContain("dotnet tool restore");
        workflow.Runs.ShouldContain("dotnet tool run podcastsite build --base-url \"${{ steps.pages.outputs.base_url }}/\"");
        workflow.Uses.ShouldContain("actions/upload-pages-artifact@v3");
        workflow.Uses.ShouldContain("actions/deploy-pages@v4");
        workflow.UploadedPath.ShouldBe("output");
    }

    /// <summary>The commands of a workflow: what its steps run and use, and the folder it uploads.</summary>
    public sealed record WorkflowSteps(IReadOnlyList<string> Triggers, IReadOnlyList<string> Runs, IReadOnlyList<string> Uses, string? UploadedPath);

    public static WorkflowSteps Workflow(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var triggers = ((YamlMappingNode)root["on"]).Children.Keys.Select(k => k.ToString()).ToList();
        var steps = ((YamlMappingNode)root["jobs"])
            .Children.Values.OfType<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue("steps", out var s) ? ((YamlSequenceNode)s).Children.OfType<YamlMappingNode>() : [])
            .ToList();
        string? Value(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var value) ? value.ToString() : null;
        var upload = steps.FirstOrDefault(s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact") == true);
        var uploaded = upload is not null && upload.Children.TryGetValue("with", out var with) ? Value((YamlMappingNode)with, "path") : null;
        return new WorkflowSteps(
            triggers,
            steps.Select(s => Value(s, "run")).OfType<string>().ToList(),
            steps.Select(s => Value(s, "uses")).OfType<string>().ToList(),
            uploaded
        );
    }

    private static IEnumerable<string> Blocks(string language) =>
        FencedBlock().Matches(Guide).Where(m => m.Groups["language"].Value == language).Select(m => Unindent(m.Groups["body"].Value));

    // Blocks inside list items are indented with the item.
    private static string Unindent(string block)
    {
        var lines = block.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"^[ \t]*```(?<language>[a-z]+)\n(?<body>.*?)\n[ \t]*```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();
}
