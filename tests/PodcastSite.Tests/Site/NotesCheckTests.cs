using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

/// <summary>An episode's notes are checked once per build, whether it is published or left out, at the line in its file.</summary>
public sealed class NotesCheckTests
{
    private static string Show(bool draft) =>
        TestSite.Show
        + "\n"
        + TestSite
            .Episode.Replace("number: 1", $"number: 1\ndraft: {(draft ? "true" : "false")}")
            .Replace("The first episode.", "Intro.\n\n- [05:00] Early on\n- [45:00] Past the end");

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void A_timestamp_past_the_end_is_one_warning_at_its_line(bool draft, bool includeDrafts)
    {
        var site = TestSite.Build(Show(draft), new BuildOptions(TestSite.DefaultNow, IncludeDrafts: includeDrafts));

        var warning = site.Warnings.Where(w => w.Message.StartsWith("timestamp [")).ShouldHaveSingleItem();
        warning.Message.ShouldBe("timestamp [45:00] is past the end of the episode (30:00)");
        (warning.Path, warning.Line, warning.Column).ShouldBe(("input/episodes/2026-01-15-hello.md", 14, 3));
    }

    [Fact]
    public void A_build_that_fails_elsewhere_still_reports_the_notes_problems_in_the_same_run()
    {
        var broken =
            "\n-- input/episodes/2026-01-20-broken.md --\n---\ntitle: Broken\ndate: 2026-01-20\nguid: broken\nexplicit: maybe\n"
            + "audio: { url: \"https://media.example.com/b.mp3\", length: 1, duration: 60 }\n---\nBody.\n";

        var site = TestSite.Build(Show(draft: false) + broken);

        site.Errors.ShouldHaveSingleItem().Path.ShouldBe("input/episodes/2026-01-20-broken.md");
        site.Warnings.ShouldContain(w => w.Message == "timestamp [45:00] is past the end of the episode (30:00)");
    }

    [Fact]
    public void Notes_nested_too_deep_to_show_fail_the_build_at_their_first_line()
    {
        var fixture = TestSite.Show + "\n" + TestSite.Episode.Replace("The first episode.", "Intro.\n\n" + new string('>', 100) + " deep");

        var site = TestSite.Build(fixture);

        var error = site.Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("the Markdown nests lists, quotes, links or emphasis more than 64 levels deep");
        (error.Path, error.Line).ShouldBe(("input/episodes/2026-01-15-hello.md", 10));
    }
}
