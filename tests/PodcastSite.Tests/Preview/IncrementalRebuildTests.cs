using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Preview;
using PodcastSite.Rendering;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>
/// A rebuild told which files changed (as the watcher tells it) reads and renders only what those files can reach:
/// whatever the edit, what it serves must be what a preview started afresh would serve.
/// </summary>
public sealed class IncrementalRebuildTests : IDisposable
{
    private const string Fixture =
        TestSite.Show
        + """

            -- input/episodes/2026-01-01-first.md --
            ---
            title: First
            date: 2026-01-01T10:00:00Z
            number: 1
            guid: first
            audio: { url: "https://media.example.com/1.mp3", length: 1000, duration: "30:00" }
            guest:
              - name: Jane Doe
            ---
            Notes of the first.
            -- input/episodes/2026-01-08-second.md --
            ---
            title: Second
            date: 2026-01-08T10:00:00Z
            number: 2
            guid: second
            audio: { url: "https://media.example.com/2.mp3", length: 1000, duration: "30:00" }
            guest:
              - name: Jane Doe
            chapters:
              - { start: "0:00", title: Intro }
            ---
            Notes of the second.
            -- input/episodes/2026-01-15-third.md --
            ---
            title: Third
            date: 2026-01-15T10:00:00Z
            number: 3
            guid: third
            audio: { url: "https://media.example.com/3.mp3", length: 1000, duration: "30:00" }
            ---
            Notes of the third.
            """;

    private readonly DiskSite _site = new(Fixture, copyTheme: true);
    private readonly IncrementalBuilder _builder;

    public IncrementalRebuildTests()
    {
        _builder = NewBuilder();
        _builder.Build().Failed.ShouldBeFalse();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_edit_to_the_notes_renders_only_the_pages_that_show_the_episode()
    {
        _builder.RenderCache.ResetCounts();

        var build = Save("episodes/2026-01-08-second.md", "Notes of the second.", "Edited notes.");

        // Its page, embed player and oEmbed answer, the home page and its guest's page; its neighbours' pages are
        // looked at, and kept, since they show its title only.
        _builder.RenderCache.Misses.ShouldBe(5);
        _builder.RenderCache.Hits.ShouldBe(2);
        Text(build, "episodes/second/index.html").ShouldContain("Edited notes.");
        ShouldServeWhatAFreshPreviewServes(build);
    }

    [Fact]
    public void A_new_title_shows_on_the_neighbours_and_the_home_page() =>
        ShouldServeWhatAFreshPreviewServes(Save("episodes/2026-01-08-second.md", "title: Second", "title: Renamed"), "Renamed");

    [Fact]
    public void A_new_guest_gets_a_page_and_the_old_one_loses_the_episode() =>
        ShouldServeWhatAFreshPreviewServes(Save("episodes/2026-01-08-second.md", "name: Jane Doe", "name: John Roe"), "John Roe");

    [Fact]
    public void A_new_date_orders_the_site_again() =>
        ShouldServeWhatAFreshPreviewServes(Save("episodes/2026-01-01-first.md", "date: 2026-01-01T10:00:00Z", "date: 2026-02-01T10:00:00Z"));

    [Fact]
    public void A_draft_leaves_the_lists() => ShouldServeWhatAFreshPreviewServes(Save("episodes/2026-01-08-second.md", "number: 2", "number: 2\ndraft: true"));

    [Fact]
    public void A_change_to_the_show_reaches_every_page() =>
        ShouldServeWhatAFreshPreviewServes(Save("podcast.yml", "title: Test Show", "title: Renamed Show"), "Renamed Show");

    [Fact]
    public void A_change_to_the_theme_reaches_every_page_that_uses_it()
    {
        var layout = Path.Combine(_site.Theme, "layouts/base.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<body", "<body data-edited"));

        ShouldServeWhatAFreshPreviewServes(_builder.Build(Changed(layout)), "data-edited");
    }

    [Fact]
    public void A_new_episode_file_is_found_without_a_walk_being_asked_for()
    {
        var path = WriteFourth("2026-01-22");

        ShouldServeWhatAFreshPreviewServes(_builder.Build(Changed(path)), "Fourth");
    }

    [Fact]
    public void A_deleted_episode_leaves_the_site()
    {
        var path = _site.PathOf("episodes/2026-01-08-second.md");
        File.Delete(path);

        var build = _builder.Build(Changed(path));

        build.Files.ShouldNotContainKey("episodes/second/index.html");
        ShouldServeWhatAFreshPreviewServes(build);
    }

    [Fact]
    public void A_broken_edit_fails_and_fixing_it_serves_the_edit_after_it()
    {
        var path = "episodes/2026-01-08-second.md";
        var good = File.ReadAllText(_site.PathOf(path));
        Save(path, "number: 2", "number: two").Failed.ShouldBeTrue();
        Save("episodes/2026-01-01-first.md", "title: First", "title: Retitled").Failed.ShouldBeTrue();

        File.WriteAllText(_site.PathOf(path), good);
        var build = _builder.Build(Changed(_site.PathOf(path)));

        ShouldServeWhatAFreshPreviewServes(build, "Retitled");
    }

    [Fact]
    public void Lost_watcher_events_read_every_file_again()
    {
        var path = _site.PathOf("episodes/2026-01-15-third.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Notes of the third.", "Seen after all."));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        ShouldServeWhatAFreshPreviewServes(_builder.Build(SourceChanges.Anything), "Seen after all.");
    }

    [Fact]
    public void A_scheduled_episode_whose_hour_came_is_shown_published_after_the_next_save_of_any_episode()
    {
        var path = WriteFourth("2026-06-02");
        Text(_builder.Build(Changed(path)), "episodes/fourth/index.html").ShouldContain("class=\"banner\"");
        _now = new DateTimeOffset(2026, 6, 3, 0, 0, 0, TimeSpan.Zero);

        var build = Save("episodes/2026-01-08-second.md", "Notes of the second.", "Edited notes.");

        Text(build, "episodes/fourth/index.html").ShouldNotContain("class=\"banner\"", Case.Sensitive, "its hour came before the save");
        ShouldServeWhatAFreshPreviewServes(build);
    }

    private DateTimeOffset _now = TestSite.DefaultNow;

    /// <summary>A fourth episode, the third's file with its own title, number, guid, audio and <paramref name="date"/>.</summary>
    private string WriteFourth(string date)
    {
        var path = _site.PathOf($"episodes/{date}-fourth.md");
        File.WriteAllText(
            path,
            File.ReadAllText(_site.PathOf("episodes/2026-01-15-third.md"))
                .Replace("Third", "Fourth")
                .Replace("2026-01-15", date)
                .Replace("number: 3", "number: 4")
                .Replace("guid: third", "guid: fourth")
                .Replace("3.mp3", "4.mp3")
        );
        return path;
    }

    private PreviewBuild Save(string inputPath, string find, string replace)
    {
        var path = _site.PathOf(inputPath);
        var text = File.ReadAllText(path);
        text.ShouldContain(find);
        File.WriteAllText(path, text.Replace(find, replace));
        // A new time as well as new bytes, whatever the file system's clock resolution.
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));
        return _builder.Build(Changed(path));
    }

    private static SourceChanges Changed(string path) => new(new HashSet<string> { path });

    private IncrementalBuilder NewBuilder() =>
        new(_site.Input, _site.Theme, () => new BuildOptions(_now, IncludeDrafts: false, IncludeFuture: true), new AudioProbe());

    private void ShouldServeWhatAFreshPreviewServes(PreviewBuild build, string? shown = null)
    {
        var fresh = NewBuilder().Build();
        build.Diagnostics.ShouldBe(fresh.Diagnostics);
        build.Files.Keys.Order(StringComparer.Ordinal).ShouldBe(fresh.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, file) in fresh.Files.Where(f => f.Value is not CopiedFile))
            Bytes(build, path).ShouldBe(Bytes(fresh, path), $"{path} differs from a fresh build's");
        if (shown is not null)
            build.Files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal) && Text(build, p).Contains(shown)).ShouldBeGreaterThan(1);
    }

    private static string Text(PreviewBuild build, string path) => System.Text.Encoding.UTF8.GetString(Bytes(build, path));

    private static byte[] Bytes(PreviewBuild build, string path) =>
        build.Files[path] switch
        {
            GeneratedFile generated => generated.Content,
            DeferredFile deferred => deferred.ContentAsync().GetAwaiter().GetResult(),
            var other => throw new InvalidOperationException($"{path} is a {other.GetType().Name}"),
        };
}
