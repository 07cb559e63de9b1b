using PodcastSite.Notes;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

/// <summary>A duration reads the same on the page, in the feed and in the pasted notes.</summary>
public sealed class DurationDisplayTests
{
    private const string Fixture =
        TestSite.Show
        + """

            -- input/episodes/2026-01-15-short.md --
            ---
            title: Short
            date: 2026-01-15
            guid: short
            audio: { url: "https://media.example.com/short.mp3", length: 1000, duration: "8.76" }
            chapters:
              - { start: "0", title: Intro }
              - { start: "2.5", title: Middle }
            ---
            A short one.
            """;

    [Fact]
    public void The_page_and_the_feed_show_an_episode_of_8_76_seconds_as_9_seconds()
    {
        var site = TestSite.Build(Fixture).ShouldSucceed();

        site.Html("episodes/short/index.html").QuerySelector(".meta .duration")!.TextContent.ShouldBe("9 sec");
        site.Html("index.html").QuerySelector(".episode-card .meta .duration")!.TextContent.ShouldBe("9 sec");
        site.Text("feed.xml").ShouldContain("<itunes:duration>9</itunes:duration>");
    }

    [Fact]
    public void A_chapter_at_2_5_seconds_is_listed_and_sought_at_3_seconds_everywhere()
    {
        var site = TestSite.Build(Fixture).ShouldSucceed();

        var chapter = site.Html("episodes/short/index.html").QuerySelectorAll(".notes-chapters li a.timestamp")[1];
        chapter.TextContent.ShouldBe("00:03");
        chapter.GetAttribute("data-seek").ShouldBe("3");
        site.Text("feed.xml").ShouldContain("<li>00:03 Middle</li>");
        var episode = site.Result.Site!.Episodes.Single();
        var strings = new NotesStrings("Guests", "Chapters", "Links", "YouTube", "Sponsor", "Sponsors");
        NotesTextRenderer.Render(ShowNotes.Of(episode), strings, NotesFormat.Text, _ => new Uri("https://example.com/")).ShouldContain("00:03 Middle");
    }
}
