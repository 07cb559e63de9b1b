using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Rendering;
using Shouldly;

namespace PodcastSite.Tests.Support;

/// <summary>
/// Builds a whole site in memory from an inline fixture, Hugo style: sections headed <c>-- input/podcast.yml --</c>.
/// The repository's theme is used unless the fixture overrides its files (<c>-- theme/layouts/x.html --</c>).
/// A section whose text is <c>@audio NAME</c> holds the bytes of an audio fixture.
/// </summary>
public sealed partial class TestSite
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public const string Show = """
        -- input/podcast.yml --
        title: Test Show
        description: A show made for tests.
        base_url: https://example.com/
        image: assets/cover.jpg
        author: Test Author
        owner: { name: Test Owner, email: owner@example.com }
        categories: [Technology]
        -- input/assets/cover.jpg --
        @file input/assets/images/cover.jpg
        """;

    public const string Episode = """
        -- input/episodes/2026-01-15-hello.md --
        ---
        title: Hello
        date: 2026-01-15T10:00:00Z
        number: 1
        guid: hello-guid
        audio: { url: "https://media.example.com/1.mp3", length: 1000, duration: "30:00" }
        guest:
          - name: Jane Doe
        ---
        The first episode.
        """;

    private TestSite(BuildResult result) => Result = result;

    public BuildResult Result { get; }

    public IReadOnlyList<Diagnostic> Errors => Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    public IReadOnlyList<Diagnostic> Warnings => Result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();

    public static TestSite Build(string fixture, BuildOptions? options = null, IAudioProbe? probe = null)
    {
        var (input, theme) = Folders(fixture);
        return new TestSite(
            SiteBuilder.Build(input, theme, options ?? new BuildOptions(DefaultNow), probe ?? new AudioProbe(), resizer: MemoImageResizer.Shared)
        );
    }

    /// <summary>Wraps a build made from folders put together by hand (bytes no text fixture can hold).</summary>
    public static TestSite From(BuildResult result) => new(result);

    public static (SourceFolder Input, SourceFolder Theme) Folders(string fixture)
    {
        var sections = Sections(fixture);
        var input = sections.Where(s => s.Path.StartsWith("input/", StringComparison.Ordinal)).Select(s => File(s.Path["input/".Length..], s.Path, s.Content));
        var themeOverrides = sections
            .Where(s => s.Path.StartsWith("theme/", StringComparison.Ordinal))
            .ToDictionary(s => s.Path["theme/".Length..], s => File(s.Path["theme/".Length..], s.Path, s.Content));
        var repoTheme = SourceLoader
            .LoadFolder(Repo.PathOf("theme"))
            .Files.Select(f => f with { DisplayPath = "theme/" + f.Path })
            .Where(f => !themeOverrides.ContainsKey(f.Path));
        return (new SourceFolder("input", input), new SourceFolder("theme", repoTheme.Concat(themeOverrides.Values)));
    }

    public bool Has(string path) => Result.Files.Any(f => f.Path == path);

    public string Text(string path)
    {
        var file = Result.Files.FirstOrDefault(f => f.Path == path);
        file.ShouldNotBeNull(
            $"the site has no `{path}`; it has {string.Join(", ", Result.Files.Select(f => f.Path).Take(40))}\n{string.Join("\n", Result.Diagnostics)}"
        );
        return file switch
        {
            CopiedFile copied => Encoding.UTF8.GetString(copied.Source.ReadBytes()),
            _ => file.ShouldBeOfType<GeneratedFile>().ReadText(),
        };
    }

    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Text(path));

    public TestSite ShouldSucceed()
    {
        Result.Succeeded.ShouldBeTrue($"the build failed:\n{string.Join("\n", Result.Diagnostics)}");
        return this;
    }

    private static SourceFile File(string path, string displayPath, string content)
    {
        var audio = AudioReference().Match(content.Trim());
        if (audio.Success)
            return SourceFile.FromBytes(path, displayPath, System.IO.File.ReadAllBytes(Repo.AudioFixture(audio.Groups[1].Value)));
        var file = FileReference().Match(content.Trim());
        if (file.Success)
            return SourceFile.FromBytes(path, displayPath, System.IO.File.ReadAllBytes(Repo.PathOf(file.Groups[1].Value)));
        return SourceFile.FromText(path, displayPath, content);
    }

    private static List<(string Path, string Content)> Sections(string fixture)
    {
        var sections = new List<(string, string)>();
        string? path = null;
        var lines = new List<string>();
        foreach (var line in fixture.Replace("\r\n", "\n").Split('\n'))
        {
            var header = SectionHeader().Match(line);
            if (header.Success)
            {
                if (path is not null)
                    sections.Add((path, string.Join('\n', lines).TrimEnd('\n') + "\n"));
                path = header.Groups[1].Value;
                lines.Clear();
                continue;
            }
            lines.Add(line);
        }
        if (path is not null)
            sections.Add((path, string.Join('\n', lines).TrimEnd('\n') + "\n"));
        // A later section with the same path replaces an earlier one: variants by composition.
        return sections.GroupBy(s => s.Item1).Select(g => g.Last()).ToList();
    }

    [GeneratedRegex(@"^-- (.+?) --$")]
    private static partial Regex SectionHeader();

    [GeneratedRegex(@"^@audio (\S+)$")]
    private static partial Regex AudioReference();

    [GeneratedRegex(@"^@file (\S+)$")]
    private static partial Regex FileReference();
}
