using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Output;

/// <summary>A rebuild rewrites only the files whose bytes changed, so rsync and bucket syncs upload only those.</summary>
public sealed class UnchangedOutputTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly DiskSite _site = new(
        TestSite.Show
            + "\n"
            + TestSite.Episode
            + """

            -- input/episodes/2026-02-01-second.md --
            ---
            title: Second
            date: 2026-02-01T10:00:00Z
            guid: second-guid
            audio: { url: "https://media.example.com/2.mp3", length: 2000, duration: "20:00" }
            ---
            The second episode.
            """
    );

    public void Dispose() => _site.Dispose();

    private string Output => Path.Combine(_site.Root, "output");

    [Fact]
    public void A_rebuild_keeps_the_time_of_every_file_it_did_not_change_and_rewrites_the_others()
    {
        Build();
        var files = Directory.GetFiles(Output, "*", SearchOption.AllDirectories);
        // Generated files get a time far back; copied files already carry their source's time.
        foreach (var file in files.Where(f => f.EndsWith(".html") || f.EndsWith(".xml") || f.EndsWith(".json")))
            File.SetLastWriteTimeUtc(file, LongAgo);
        var css = Path.Combine(Output, "css", "site.css");
        File.GetLastWriteTimeUtc(css)
            .ShouldBe(File.GetLastWriteTimeUtc(Path.Combine(_site.Theme, "static", "css", "site.css")), "a copied file carries its source's time");
        var episode = _site.PathOf("episodes/2026-02-01-second.md");
        File.WriteAllText(episode, File.ReadAllText(episode).Replace("The second episode.", "The second episode, edited."));

        Build();

        File.GetLastWriteTimeUtc(Path.Combine(Output, "episodes", "second", "index.html")).ShouldBeGreaterThan(LongAgo, "the edited episode's page changed");
        File.GetLastWriteTimeUtc(Path.Combine(Output, "feed.xml")).ShouldBeGreaterThan(LongAgo, "the feed carries the edited notes");
        File.GetLastWriteTimeUtc(Path.Combine(Output, "episodes", "hello", "index.html")).ShouldBe(LongAgo, "the other episode's page did not change");
        File.GetLastWriteTimeUtc(Path.Combine(Output, "index.html")).ShouldBeGreaterThan(LongAgo, "the home page lists the edited summary");
        File.GetLastWriteTimeUtc(css).ShouldBe(File.GetLastWriteTimeUtc(Path.Combine(_site.Theme, "static", "css", "site.css")));
        Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Length.ShouldBe(files.Length);
    }

    [Fact]
    public void A_rebuild_of_the_same_input_keeps_the_time_of_the_feed_it_streams_to_disk()
    {
        Build();
        var feed = Path.Combine(Output, "feed.xml");
        File.SetLastWriteTimeUtc(feed, LongAgo);
        var bytes = File.ReadAllBytes(feed);

        Build();

        File.GetLastWriteTimeUtc(feed).ShouldBe(LongAgo, "the feed's bytes did not change, so the old file is carried over");
        File.ReadAllBytes(feed).ShouldBe(bytes);
    }

    [Fact]
    public void A_rebuild_still_replaces_the_site_as_a_whole_with_nothing_stale_left()
    {
        Build();
        File.Delete(_site.PathOf("episodes/2026-02-01-second.md"));

        Build();

        Directory.Exists(Path.Combine(Output, "episodes", "second")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(Output, "episodes", "hello", "index.html")).ShouldContain("Hello");
    }

    [Fact]
    public void A_file_changed_in_the_old_output_is_written_again_whether_it_grew_shrank_or_became_a_folder()
    {
        Build();
        var page = Path.Combine(Output, "episodes", "hello", "index.html");
        var feed = Path.Combine(Output, "feed.xml");
        var notFound = Path.Combine(Output, "404.html");
        var (pageBytes, feedBytes) = (File.ReadAllBytes(page), File.ReadAllBytes(feed));
        File.AppendAllText(page, "<!-- added after the build -->");
        File.WriteAllBytes(feed, feedBytes[..^10]);
        File.Delete(notFound);
        Directory.CreateDirectory(notFound);

        Build();

        File.ReadAllBytes(page).ShouldBe(pageBytes, "a page that only grew at its end is written again");
        File.ReadAllBytes(feed).ShouldBe(feedBytes, "a feed cut short is written again");
        File.Exists(notFound).ShouldBeTrue("a folder where the site has a file gives way to the file");
    }

    [Fact]
    public async Task A_pipe_left_in_the_old_output_where_a_page_goes_does_not_stall_the_rebuild()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes on Windows do not live among files");
        Build();
        var page = Path.Combine(Output, "episodes", "hello", "index.html");
        var pageBytes = File.ReadAllBytes(page);
        File.Delete(page);
        NamedPipe.Make(page);

        // Opening a pipe to read waits for a writer: the old site's copy must be looked at without waiting for one.
        var rebuild = Task.Run(Build);
        var finished = await Task.WhenAny(rebuild, Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)) == rebuild;
        if (!finished)
            NamedPipe.Release(page); // lets the stalled build go on, so it does not outlive the test

        finished.ShouldBeTrue("the rebuild waited on a pipe in the old output");
        new FileInfo(page).Length.ShouldBe(pageBytes.Length, "a file, not the pipe, is at the page's path");
        File.ReadAllBytes(page).ShouldBe(pageBytes, "the page is written afresh in place of the pipe");
    }

    private void Build()
    {
        var result = CliRun.Run("build", "--input", _site.Input, "--theme", _site.Theme, "--output", Output, "--now", "2026-06-01");
        result.ExitCode.ShouldBe(0, result.Error);
    }
}
