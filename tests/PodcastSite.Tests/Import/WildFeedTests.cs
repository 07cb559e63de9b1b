using PodcastSite.Diagnostics;
using PodcastSite.Import;
using PodcastSite.Model;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>
/// A hand-written feed with the mistakes old feeds carry (Fixtures/wild.xml): a BOM and spaces before the
/// declaration, ISO-8859-1, the iTunes namespace and its tags in odd letter case, loose dates and durations, a
/// relative enclosure, an item without guid, two with one guid, a post without audio, a date nobody can read.
/// </summary>
public sealed class WildFeedTests
{
    private static readonly string Wild = Repo.PathOf("tests/PodcastSite.Tests/Import/Fixtures/wild.xml");
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static (ImportedShow Show, IReadOnlyList<Diagnostic> Diagnostics) Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        var show = FeedReader.Read(File.ReadAllBytes(path), new FeedOrigin("wild.xml", null), Now, diagnostics);
        return (show.ShouldNotBeNull(string.Join("\n", diagnostics.ToSortedList())), diagnostics.ToSortedList());
    }

    private static ImportedEpisode Item(string guid) => Read(Wild).Show.Episodes.First(e => e.Guid == guid);

    /// <summary>A feed written in the test, read as the file `ed.xml`.</summary>
    private static ImportedShow? ReadEd(string feed, DiagnosticBag diagnostics) =>
        FeedReader.Read(System.Text.Encoding.UTF8.GetBytes(feed), new FeedOrigin("ed.xml", null), Now, diagnostics);

    [Fact]
    public void A_feed_without_an_owners_email_is_reported_since_podcast_yml_needs_one()
    {
        const string feed = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
              <channel>
                <title>Ed's Garden</title>
                <itunes:owner><itunes:name>Ed</itunes:name></itunes:owner>
              </channel>
            </rss>
            """;
        var diagnostics = new DiagnosticBag();

        ReadEd(feed, diagnostics);

        diagnostics
            .ToSortedList()
            .Select(d => d.ToString())
            .ShouldContain(
                "ed.xml(5,5): warning: the feed gives no owner's email (`itunes:owner`), which podcast.yml needs: Apple and Spotify send ownership checks there; write it under `owner:` before building"
            );
    }

    [Fact]
    public void A_serial_show_s_items_without_an_episode_number_are_named_at_the_import()
    {
        const string feed = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
              <channel>
                <title>Ed's Garden</title>
                <itunes:type>serial</itunes:type>
                <itunes:owner><itunes:email>ed@example.com</itunes:email></itunes:owner>
                <item><title>Seeds</title><guid>a</guid><itunes:episode>1</itunes:episode><pubDate>Tue, 02 May 2023 10:00:00 GMT</pubDate>
                  <enclosure url="https://m.example.com/1.mp3" length="1" type="audio/mpeg"/></item>
                <item><title>Soil</title><guid>b</guid><pubDate>Tue, 09 May 2023 10:00:00 GMT</pubDate>
                  <enclosure url="https://m.example.com/2.mp3" length="1" type="audio/mpeg"/></item>
                <item><title>Trailer</title><guid>c</guid><itunes:episodeType>trailer</itunes:episodeType><pubDate>Mon, 01 May 2023 10:00:00 GMT</pubDate>
                  <enclosure url="https://m.example.com/0.mp3" length="1" type="audio/mpeg"/></item>
              </channel>
            </rss>
            """;

        var show = ReadEd(feed, new DiagnosticBag())!;

        show.Episodes.Single(e => e.Guid == "a").Warnings.ShouldBeEmpty();
        show.Episodes.Single(e => e.Guid == "c").Warnings.ShouldBeEmpty("a trailer needs no number");
        show.Episodes.Single(e => e.Guid == "b")
            .Warnings.ShouldHaveSingleItem()
            .ToString()
            .ShouldStartWith("ed.xml(9,5): warning: item `Soil` of this serial show has no episode number (`itunes:episode`)");
    }

    [Fact]
    public void Dates_with_a_wrong_weekday_a_two_digit_year_GMT_plus_2_and_extra_spaces_are_read()
    {
        Item("odds-1").Date.ShouldBe(DateTimeOffset.Parse("2023-05-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Item("odds-2").Date.ShouldBe(DateTimeOffset.Parse("2023-05-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Item("odds-3").Date.ShouldBe(DateTimeOffset.Parse("2023-05-03T14:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_date_nobody_can_read_becomes_today_and_is_reported_where_it_is()
    {
        var (show, diagnostics) = Read(Wild);

        show.Episodes.Single(e => e.Guid == "odds-7").Date.ShouldBe(Now);
        diagnostics.ShouldContain(d =>
            d.ToString()
            == "wild.xml(62,1): warning: item `Tuesday, no date` has a `pubDate` no podcast app can read, `sometime in May`; it was dated today, 2026-11-01, and imported as a draft: correct `date:` in its file, then delete `draft: true`"
        );
    }

    [Fact]
    public void An_item_whose_date_nobody_can_read_is_a_draft_so_it_is_not_published_as_the_newest_episode()
    {
        using var folder = new TempFolder();
        var feed = folder.PathOf("feed.xml");
        File.WriteAllText(
            feed,
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
              <channel>
                <title>Garden Talk</title>
                <link>https://gardentalk.example.com/</link>
                <description>A weekly show about gardening.</description>
                <itunes:author>Pat Green</itunes:author>
                <itunes:owner><itunes:name>Pat Green</itunes:name><itunes:email>pat@gardentalk.example.com</itunes:email></itunes:owner>
                <itunes:category text="Leisure"/>
                <itunes:image href="https://gardentalk.example.com/cover.jpg"/>
                <item>
                  <title>Compost</title>
                  <guid isPermaLink="false">garden-2</guid>
                  <pubDate>Tue, 09 Jul 2024 05:00:00 -0400</pubDate>
                  <enclosure url="https://media.example.com/garden-2.mp3" length="34567890" type="audio/mpeg"/>
                </item>
                <item>
                  <title>Hello</title>
                  <guid isPermaLink="false">garden-1</guid>
                  <pubDate>Tuesday, June 25th 2024</pubDate>
                  <enclosure url="https://media.example.com/garden-1.mp3" length="1234" type="audio/mpeg"/>
                </item>
              </channel>
            </rss>
            """
        );
        var input = folder.PathOf("input");
        CliRun.Run(new FixedClock(Now), "import", feed, "--output", input).ExitCode.ShouldBe(0);

        var build = CliRun.Run("build", "--input", input, "--output", folder.PathOf("output"), "--now", "2026-11-01");

        build.ExitCode.ShouldBe(0, build.Error);
        File.ReadAllLines(Path.Combine(input, "episodes", "2026-11-01-hello.md"))[2..4]
            .ShouldBe([
                "date: 2026-11-01T00:00:00Z",
                "draft: true  # the old feed's date for this episode could not be read, so `date:` is the day of the import: correct it, then delete this line",
            ]);
        var published = File.ReadAllText(folder.PathOf("output/feed.xml"));
        published.ShouldContain("garden-2");
        published.ShouldNotContain("garden-1");
    }

    [Fact]
    public void Durations_with_fractions_sloppy_fields_or_nothing_at_all_are_read()
    {
        Item("odds-1").Duration.ShouldBe(TimeSpan.FromSeconds(3600.5));
        Item("odds-2").Duration.ShouldBe(TimeSpan.FromSeconds(303));
        Item("odds-3").Duration.ShouldBeNull();
    }

    [Fact]
    public void Itunes_tags_are_read_in_any_letter_case_and_namespace_spelling()
    {
        var show = Read(Wild).Show;

        (show.Author, show.OwnerName, show.OwnerEmail, show.Explicit, show.Type).ShouldBe(
            ("Bo Lindahl", "Bo Lindahl", "bo@oddsandends.example.net", true, ShowType.Serial)
        );
        show.Image.ShouldBe(new Uri("http://oddsandends.example.net/art.jpg"));
        (Item("odds-1").Type, Item("odds-1").Explicit).ShouldBe((EpisodeType.Bonus, false));
    }

    [Fact]
    public void A_retired_category_is_moved_where_Apple_moved_it_and_an_unknown_one_is_reported()
    {
        var (show, diagnostics) = Read(Wild);

        show.Categories.ShouldBe([new Category("Leisure", "Games")]);
        diagnostics.ShouldContain(d => d.ToString() == "wild.xml(14,1): warning: category `Podcasting` is not on Apple's list; it was left out");
    }

    [Fact]
    public void A_relative_enclosure_is_found_from_the_feeds_own_address() =>
        Item("odds-1").Enclosure.Url.ShouldBe(new Uri("http://oddsandends.example.net/media/odds-1.mp3"));

    [Fact]
    public void An_item_without_a_guid_is_known_by_its_enclosure_as_apps_know_it()
    {
        var (show, diagnostics) = Read(Wild);

        show.Episodes.ShouldContain(e => e.Title == "No guid at all" && e.Guid == "http://oddsandends.example.net/media/odds-4.mp3" && !e.GuidIsPermaLink);
        diagnostics.ShouldContain(d => d.Line == 42 && d.Message.Contains("has no guid"));
    }

    [Fact]
    public void Two_items_with_one_guid_are_both_imported_and_reported()
    {
        var (show, diagnostics) = Read(Wild);

        show.Episodes.Count(e => e.Guid == "odds-1").ShouldBe(2);
        diagnostics.ShouldContain(d =>
            d.ToString()
                .StartsWith(
                    "wild.xml(48,1): warning: item `Same guid as the first` has the same guid as item `Wrong weekday` at line 17, `odds-1`; podcast apps show only one of them.",
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public void A_post_without_audio_is_not_an_episode_and_its_title_is_read_in_the_declared_encoding()
    {
        var (show, diagnostics) = Read(Wild);

        show.Episodes.ShouldNotContain(e => e.Title.StartsWith("Just a blog post", StringComparison.Ordinal));
        diagnostics.ShouldContain(d =>
            d.Message == "item `Just a blog post, café closed` has no enclosure (no audio), so it is a post rather than an episode; it was not imported"
        );
    }

    [Fact]
    public void Numbers_that_are_not_whole_and_above_zero_are_left_out_and_reported()
    {
        var (show, diagnostics) = Read(Wild);

        show.Episodes.Single(e => e.Guid == "odds-2").Number.ShouldBeNull();
        show.Episodes.Single(e => e.Guid == "odds-3").Number.ShouldBe(3);
        diagnostics.ShouldContain(d =>
            d.ToString() == "wild.xml(32,1): warning: item `Two-digit year and GMT+2` has episode `0`, which is not a whole number above 0; it was left out"
        );
    }

    [Fact]
    public void Audio_without_a_size_is_imported_so_the_build_points_at_the_line_to_fill_in()
    {
        using var folder = new TempFolder();
        var input = folder.PathOf("input");
        CliRun.Run(new FixedClock(Now), "import", Wild, "--output", input).ExitCode.ShouldBe(0);

        var build = CliRun.Run("validate", "--input", input, "--now", "2026-11-01");

        var file = Path.Combine(input, "episodes", "2023-05-03-extra-spaces-no-weekday.md");
        File.ReadAllLines(file)[6].ShouldBe("  length: 0  # the old feed gave no size: write the file's size in bytes");
        build.Error.ShouldContain(
            "input/episodes/2023-05-03-extra-spaces-no-weekday.md(7,11): error: `length` must be the file's size in bytes, a positive whole number, not `0`"
        );
    }

    [Fact]
    public void A_feed_that_is_not_well_formed_is_an_error_at_its_line_and_column_and_nothing_is_written()
    {
        using var folder = new TempFolder();

        var import = CliRun.Run("import", Repo.PathOf("tests/PodcastSite.Tests/Import/Fixtures/broken.xml"), "--output", folder.PathOf("input"));

        import.ExitCode.ShouldBe(1);
        import.Error.ShouldContain("broken.xml(6,14): error: the feed is not well-formed XML, so it cannot be read: Reference to undeclared entity 'nbsp'");
        import.Error.ShouldContain("nothing was written");
        Directory.Exists(folder.PathOf("input")).ShouldBeFalse();
    }

    [Fact]
    public void Escape_sequences_in_an_old_feeds_titles_reach_the_terminal_as_marks_not_as_instructions()
    {
        using var folder = new TempFolder();
        var feed = folder.PathOf("esc.xml");
        // Sets the window's title, clears the screen, and plants a hidden link, in any terminal that printed them.
        const string Escapes = "&#27;]0;PWNED&#7;&#27;[2J&#27;]8;;http://evil.example/&#27;\\";
        File.WriteAllText(
            feed,
            $"""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Show{Escapes}</title><description>d</description>
            <item><title>Ep{Escapes}</title><guid>1</guid></item>
            </channel></rss>
            """
        );

        var import = CliRun.Run("import", feed, "--output", folder.PathOf("input"));

        import.ExitCode.ShouldBe(0, import.Error);
        (import.Out + import.Error).ShouldNotContain("\u001b");
        (import.Out + import.Error).ShouldNotContain("\u0007");
        import.Out.ShouldContain("Show\uFFFD]0;PWNED\uFFFD");
    }

    [Theory]
    [InlineData("missing.xml", "Error: there is no file `missing.xml`; give the feed's address or the file you saved it to.")]
    [InlineData(
        "ftp://feeds.example.com/show.xml",
        "Error: `ftp://feeds.example.com/show.xml` is neither a file nor an http(s) address; give the feed's address (https://...) or a file you saved it to."
    )]
    public void A_feed_that_names_neither_a_file_nor_a_web_address_is_a_usage_error(string feed, string expected)
    {
        using var folder = new TempFolder();

        var import = CliRun.Run("import", feed, "--output", folder.PathOf("input"));

        import.ExitCode.ShouldBe(2);
        import.Error.Trim().ShouldBe(expected);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><body>Moved</body></html>", "page.xml(1,1): error: this is a web page (HTML), not a podcast feed")]
    [InlineData(
        "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>",
        "page.xml(2,1): error: this is an Atom feed, not an RSS feed"
    )]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"></rss>", "page.xml(2,1): error: the feed has no `<channel>`, so it holds no show")]
    [InlineData("", "page.xml(1,1): error: the feed is not well-formed XML, so it cannot be read: Root element is missing")]
    [InlineData(
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>Tips & Tricks</title></channel></rss>",
        "page.xml(3,13): error: the feed is not well-formed XML, so it cannot be read: a `&` must be written `&amp;` in XML, and this one is not"
    )]
    public void What_is_not_an_RSS_feed_is_refused_with_a_reason(string content, string expected)
    {
        using var folder = new TempFolder();
        var page = folder.PathOf("page.xml");
        File.WriteAllText(page, content);

        var import = CliRun.Run("import", page, "--output", folder.PathOf("input"));

        import.ExitCode.ShouldBe(1);
        import.Error.Replace(folder.Root + "/", "").ShouldContain(expected);
    }
}
