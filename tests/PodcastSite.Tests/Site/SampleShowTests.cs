using System.Text.RegularExpressions;
using PodcastSite.Content;
using PodcastSite.Model;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

public sealed partial class SampleShowTests
{
    [Fact]
    public void The_sample_show_builds_without_errors_or_warnings()
    {
        SampleShow.Result.Diagnostics.ShouldBeEmpty();
        SampleShow.Result.Site!.Episodes.Count.ShouldBe(6);
    }

    [Fact]
    public void The_sample_show_uses_every_front_matter_key_of_the_spec()
    {
        var used = Directory
            .GetFiles(Repo.PathOf("input/episodes"), "*.md")
            .SelectMany(f => FrontMatterKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        EpisodeParser.Keys.ShouldBeSubsetOf(used);
    }

    [Fact]
    public void Embedded_mp3_chapters_appear_on_the_page_and_in_chapters_json_when_front_matter_has_none()
    {
        var fixture =
            TestSite.Show
            + """

                -- input/episodes/2026-01-15-chaptered.md --
                ---
                title: Chaptered
                date: 2026-01-15
                guid: chaptered
                audio: assets/chaptered.mp3
                ---
                Chapters come from the file.
                -- input/assets/chaptered.mp3 --
                @audio with-chapters.mp3
                """;

        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Html("episodes/chaptered/index.html")
            .QuerySelectorAll(".notes-chapters li")
            .Select(li => li.TextContent)
            .ShouldBe(["00:00 Intro", "00:02 The fox", "00:04 Résumé and rest"]);
        site.Text("episodes/chaptered/chapters.json").ShouldContain("\"title\": \"The fox\"");
        site.Text("feed.xml").ShouldContain("<itunes:duration>8</itunes:duration>");
    }

    [Fact]
    public void The_readmes_example_episode_parses_as_documented()
    {
        var readme = File.ReadAllText(Repo.PathOf("README.md"));
        var example = ReadmeExample().Match(readme);
        example.Success.ShouldBeTrue("README.md lost its example episode");
        var fixture = TestSite.Show + "\n-- input/episodes/2026-01-15-django-bolt.md --\n" + example.Groups[1].Value;

        var site = TestSite.Build(fixture).ShouldSucceed();

        var episode = site.Result.Site!.Episodes.Single();
        site.Result.Diagnostics.ShouldBeEmpty();
        episode.Number.ShouldBe(193);
        episode.Guests.Single().Name.ShouldBe("Farhan Ali Raza");
        episode.Links.Count.ShouldBe(2);
        episode.Chapters[1].Start.ShouldBe(TimeSpan.FromSeconds(135));
        episode.Sponsors.Single().Name.ShouldBe("Six Feet Up");
        episode.Audio!.Length.ShouldBe(48213120);
        episode.Type.ShouldBe(EpisodeType.Full);
    }

    [GeneratedRegex(@"(?m)^([a-z_]+):")]
    private static partial Regex FrontMatterKey();

    [GeneratedRegex(@"<!-- example-episode -->\s*```markdown\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeExample();
}
