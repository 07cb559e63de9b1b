using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Validation;

/// <summary>One broken show per rule Apple, Spotify and PSP-1 state, each with its exact diagnostic.</summary>
public sealed class PublishingRuleTests
{
    private static string Show(string podcastYml = "") => TestSite.Show.Replace("title: Test Show\n", "title: Test Show\n" + podcastYml);

    private static string Episode(
        string frontMatter,
        string audio = "audio: { url: \"https://media.example.com/x.mp3\", length: 1000, duration: \"30:00\" }"
    ) => "\n-- input/episodes/2026-01-20-x.md --\n---\ntitle: X\ndate: 2026-01-20\nguid: x-guid\n" + audio + "\n" + frontMatter + "---\nBody.\n";

    private static IReadOnlyList<string> Warnings(string fixture) => TestSite.Build(fixture).Warnings.Select(w => w.ToString()).ToList();

    [Theory]
    [InlineData("title: \"12: Twelve Angry Linters\"")]
    [InlineData("title: Episode 12 - Twelve Angry Linters")]
    [InlineData("title: \"#12 Twelve Angry Linters\"")]
    [InlineData("title: Ep. 12 | Twelve Angry Linters")]
    public void A_title_that_repeats_the_episode_number_is_a_warning(string title)
    {
        var warnings = Warnings(Show() + Episode("number: 12\n").Replace("title: X", title));

        warnings.ShouldHaveSingleItem().ShouldContain("(2,8): warning: the title `");
        warnings.Single().ShouldEndWith("repeats the episode number; Apple Podcasts shows `number` beside the title itself, so leave it out of the title");
    }

    [Fact]
    public void A_title_that_starts_with_a_number_of_its_own_is_fine()
    {
        Warnings(Show() + Episode("number: 12\n").Replace("title: X", "title: 12 Angry Linters")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(
        "chapters:\n  - { start: \"0:05\", title: A }\n  - { start: \"1:00\", title: B }\n  - { start: \"2:00\", title: C }\n",
        "input/episodes/2026-01-20-x.md(6,1): warning: the first chapter starts at 00:05; Spotify shows chapters only when the first starts at 0:00"
    )]
    [InlineData(
        "chapters:\n  - { start: \"0:00\", title: A }\n  - { start: \"1:00\", title: B }\n",
        "input/episodes/2026-01-20-x.md(6,1): warning: 2 chapters; Spotify shows chapters only when there are at least three"
    )]
    public void Chapters_spotify_cannot_show_are_a_warning(string chapters, string warning)
    {
        Warnings(Show() + Episode(chapters)).ShouldBe([warning]);
    }

    [Fact]
    public void A_media_type_apple_does_not_play_is_a_warning()
    {
        var warnings = Warnings(Show() + Episode("", "audio: { url: \"https://media.example.com/x.ogg\", length: 1000, duration: \"30:00\" }"));

        warnings.ShouldBe([
            "input/episodes/2026-01-20-x.md(5,15): warning: Apple Podcasts does not play `audio/ogg` and leaves the episode out; other apps play it. MP3 (`audio/mpeg`) or M4A (`audio/x-m4a`) reach every app",
        ]);
    }

    [Fact]
    public void Audio_over_http_and_a_url_beyond_ascii_are_warnings()
    {
        var warnings = Warnings(Show() + Episode("", "audio: { url: \"http://media.example.com/épisode 1.mp3\", length: 1000, duration: \"30:00\" }"));

        warnings.ShouldBe([
            "input/episodes/2026-01-20-x.md(5,15): warning: `http://media.example.com/%C3%A9pisode%201.mp3` is served over http; podcast apps on iPhones may refuse it, and listeners' networks can change it on the way: use https",
            "input/episodes/2026-01-20-x.md(5,15): warning: the URL has spaces or characters beyond ASCII; some podcast apps cannot download it: percent-encode them (a space is %20)",
        ]);
    }

    [Fact]
    public void A_show_over_http_and_a_description_over_4000_bytes_are_warnings()
    {
        var fixture =
            Show()
                .Replace("https://example.com/", "http://example.com/")
                .Replace("description: A show made for tests.", "description: " + new string('x', 4100))
            + "\n"
            + TestSite.Episode;

        Warnings(fixture)
            .ShouldBe([
                "input/podcast.yml(2,14): warning: `description` is 4100 bytes; Apple Podcasts takes at most 4,000 and cuts the rest",
                "input/podcast.yml(3,11): warning: `base_url` is http; the feed and the audio it links should be served over https, which podcast apps on iPhones expect",
            ]);
    }

    [Fact]
    public void Cover_art_in_cmyk_or_with_transparency_is_a_warning()
    {
        var png = PodcastSite.Scaffold.PlaceholderCover.Png();
        png[25] = 6; // the IHDR colour type: RGB with an alpha channel
        var (input, theme) = TestSite.Folders(Show() + "\n" + TestSite.Episode);
        var files = input
            .Files.Where(f => f.Path != "assets/cover.jpg")
            .Append(PodcastSite.Content.SourceFile.FromBytes("assets/cover.jpg", "input/assets/cover.jpg", png));
        var result = SiteBuilder.Build(
            new PodcastSite.Content.SourceFolder("input", files),
            theme,
            new PodcastSite.Content.BuildOptions(TestSite.DefaultNow),
            new PodcastSite.Audio.AudioProbe()
        );

        result
            .Diagnostics.Select(d => d.ToString())
            .ShouldBe([
                // The changed byte breaks the header's checksum, so a decoder refuses the pixels too.
                "input/assets/cover.jpg: warning: the pixels of this PNG cannot be read, so pages show it at full size; save it again from an image editor",
                "input/podcast.yml(4,8): warning: `assets/cover.jpg` holds a PNG image but is named `.jpg`; rename it to `.png`, since apps go by the extension",
                "input/podcast.yml(4,8): warning: `assets/cover.jpg` is RGB with transparency; Apple Podcasts wants cover art in RGB colours without transparency",
            ]);
    }
}
