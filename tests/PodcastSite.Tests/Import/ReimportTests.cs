using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>
/// A podcaster imports, keeps publishing at the old host for a while, and imports again: only the new items come
/// in, and nothing already in the folder changes, not even what the podcaster edited since.
/// </summary>
public sealed class ReimportTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private string Input => _folder.PathOf("input");

    private static string Libsyn => HostFeeds.Named("libsyn").Path;

    private CliRun.Outcome Import(string feed) => CliRun.Run(Clock, "import", feed, "--output", Input);

    /// <summary>Every file of the folder with its bytes and its time, to see that nothing was written.</summary>
    private Dictionary<string, (string Text, DateTime Written)> Snapshot() =>
        Directory
            .GetFiles(Input, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Input, f), f => (File.ReadAllText(f), File.GetLastWriteTimeUtc(f)));

    /// <summary>The same feed a week later, with one more episode on top.</summary>
    private string FeedWithANewEpisode()
    {
        const string newItem = """
                <item>
                  <title>Ep. 43: Saving Seed</title>
                  <pubDate>Tue, 22 Aug 2023 09:00:00 +0000</pubDate>
                  <guid isPermaLink="false"><![CDATA[c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f]]></guid>
                  <enclosure length="40000000" type="audio/mpeg" url="https://traffic.libsyn.com/secure/gardenhour/GH043_Seed.mp3?dest-id=412345" />
                  <itunes:duration>00:40:00</itunes:duration>
                  <itunes:episode>43</itunes:episode>
                  <itunes:season>3</itunes:season>
                </item>

            """;
        var feed = File.ReadAllText(Libsyn);
        var firstItem = feed.IndexOf("    <item>", StringComparison.Ordinal);
        var path = _folder.PathOf("libsyn-a-week-later.xml");
        File.WriteAllText(path, feed[..firstItem] + newItem + feed[firstItem..]);
        return path;
    }

    [Fact]
    public void Importing_the_same_feed_again_finds_no_new_items_and_writes_nothing()
    {
        Import(Libsyn).ExitCode.ShouldBe(0);
        var before = Snapshot();

        var again = Import(Libsyn);

        again.ExitCode.ShouldBe(0, again.Error);
        again.Out.ShouldContain(": 0 new items (3 already there); nothing was written to ");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Importing_a_later_feed_adds_only_its_new_items_and_leaves_edited_episodes_alone()
    {
        Import(Libsyn).ExitCode.ShouldBe(0);
        var edited = Path.Combine(Input, "episodes", "2023-08-15-ep-42-tomatoes-in-august.md");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("title: \"Ep. 42: Tomatoes in August\"", "title: Tomatoes in August"));
        var before = Snapshot();

        var later = Import(FeedWithANewEpisode());

        later.ExitCode.ShouldBe(0, later.Error);
        later.Out.ShouldContain(": 1 new item (3 already there).");
        var after = Snapshot();
        after.Keys.Except(before.Keys).ShouldBe(["episodes/2023-08-22-ep-43-saving-seed.md"]);
        foreach (var (path, file) in before)
            after[path].ShouldBe(file, path);
        later.Out.ShouldContain("podcast.yml was there already and is unchanged.");
    }

    private static string Wild => Repo.PathOf("tests/PodcastSite.Tests/Import/Fixtures/wild.xml");

    /// <summary>The messages of the warnings an import printed, without their positions and source lines.</summary>
    private static List<string> Warnings(CliRun.Outcome import) =>
        import
            .Error.Split('\n')
            .Where(l => l.Contains(": warning: ", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(": warning: ", StringComparison.Ordinal) + 11)..])
            .ToList();

    private const string PostWarning =
        "item `Just a blog post, café closed` has no enclosure (no audio), so it is a post rather than an episode; it was not imported";

    [Fact]
    public void Importing_the_same_feed_again_does_not_repeat_the_warnings_about_the_episodes_and_the_show_already_there()
    {
        var first = Import(Wild);
        Warnings(first).ShouldContain(w => w.Contains("`length: 0`", StringComparison.Ordinal));
        Warnings(first).ShouldContain(w => w.Contains("dated today", StringComparison.Ordinal));
        Warnings(first).ShouldContain(w => w.Contains("has the same guid", StringComparison.Ordinal));
        Warnings(first).ShouldContain(w => w.Contains("category `Podcasting`", StringComparison.Ordinal));

        var again = Import(Wild);

        again.Out.ShouldContain(": 0 new items (6 already there); nothing was written to ");
        Warnings(again).ShouldBe([PostWarning]);
    }

    [Fact]
    public void Importing_a_later_feed_warns_only_about_its_new_items()
    {
        Import(Wild).ExitCode.ShouldBe(0);
        var later = _folder.PathOf("wild-later.xml");
        const string newItem = """
            <item>
            <title>Late and sizeless</title>
            <guid isPermaLink="false">odds-8</guid>
            <pubDate>Tue, 09 May 2023 10:00:00 +0000</pubDate>
            <enclosure url="http://oddsandends.example.net/media/odds-8.mp3" type="audio/mpeg"/>
            </item>

            """;
        // Byte for byte, as the feed is ISO-8859-1 behind a UTF-8 BOM.
        var feed = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Wild));
        File.WriteAllBytes(later, System.Text.Encoding.Latin1.GetBytes(feed.Insert(feed.IndexOf("</channel>", StringComparison.Ordinal), newItem)));

        var import = Import(later);

        import.Out.ShouldContain(": 1 new item (6 already there).");
        Warnings(import)
            .ShouldBe([
                PostWarning,
                "item `Late and sizeless` of this serial show has no episode number (`itunes:episode`); the build needs `number:` on every full episode of a serial show, so apps play them in order: add it to the episode's file",
                "item `Late and sizeless` gives no size for its audio (`length`); its file says `length: 0`: write the file's size in bytes there",
            ]);
    }

    [Fact]
    public void The_same_feed_gives_the_same_files_whichever_folder_it_goes_to()
    {
        Import(Libsyn).ExitCode.ShouldBe(0);
        var first = Snapshot().ToDictionary(f => f.Key, f => f.Value.Text);
        var other = _folder.PathOf("other");

        CliRun.Run(Clock, "import", Libsyn, "--output", other).ExitCode.ShouldBe(0);

        Directory.GetFiles(other, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(other, f), File.ReadAllText).ShouldBe(first);
    }

    [Fact]
    public void An_episode_with_the_title_of_one_already_there_gets_a_name_of_its_own()
    {
        Import(Libsyn).ExitCode.ShouldBe(0);
        var rerun = _folder.PathOf("rerun.xml");
        File.WriteAllText(
            rerun,
            File.ReadAllText(Libsyn)
                .Replace("4b9a3d2e-8f1c-4e6a-b2d7-1c5e9f0a3b42", "4b9a3d2e-0000-4e6a-b2d7-1c5e9f0a3b42")
                .Replace("Tue, 15 Aug 2023", "Tue, 29 Aug 2023")
        );

        var import = Import(rerun);

        import.Out.ShouldContain(": 1 new item (2 already there).");
        File.Exists(Path.Combine(Input, "episodes", "2023-08-29-ep-42-tomatoes-in-august-2.md"))
            .ShouldBeTrue(string.Join(", ", Directory.GetFiles(Path.Combine(Input, "episodes"))));
    }
}
