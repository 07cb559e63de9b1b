using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>`alternate_enclosures`: the episode as video or in other forms, probed when the file is under assets/.</summary>
public sealed class AlternateEnclosureTests
{
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;
    private const int FirstKeyLine = 6;

    // clip.mp4 plays for 3.5 s, so the episode is made as long.
    private const string Clip = "\n-- input/assets/video/clip.mp4 --\n@file tests/PodcastSite.Tests/Fixtures/video/clip.mp4\n";

    [Fact]
    public void A_local_video_is_probed_for_its_size_and_type_and_listed_with_every_source()
    {
        var site = Build(
            """
            alternate_enclosures:
              - sources: [assets/video/clip.mp4, "https://cdn.example.com/clip.mp4"]
                height: 36
                bitrate: 24000
                title: Video
                lang: en
                rel: video
                default: true
                integrity: { type: sri, value: "sha384-ExVqijgYHm15PqQqdXfW95x+Rs6C+d6E/ICxyQOeFevnxNLR/wtJNrNYTjIysUBo" }
            """
        );

        var alternate = Item(site).Element(Podcast + "alternateEnclosure").ShouldNotBeNull("the item has no alternateEnclosure");
        alternate
            .Attributes()
            .Select(a => $"{a.Name}={a.Value}")
            .ShouldBe([
                "type=video/mp4",
                $"length={new FileInfo(Repo.VideoFixture("clip.mp4")).Length}",
                "bitrate=24000",
                "height=36",
                "lang=en",
                "title=Video",
                "rel=video",
                "default=true",
            ]);
        alternate
            .Elements(Podcast + "source")
            .Select(s => s.Attribute("uri")!.Value)
            .ShouldBe(["https://example.com/assets/video/clip.mp4", "https://cdn.example.com/clip.mp4"]);
        var integrity = alternate.Element(Podcast + "integrity").ShouldNotBeNull("the integrity is missing");
        integrity.Attribute("type")!.Value.ShouldBe("sri");
        integrity.Attribute("value")!.Value.ShouldStartWith("sha384-");
    }

    [Theory]
    [InlineData("clip.mov", "video/quicktime")]
    [InlineData("clip.webm", "video/webm")]
    public void Mov_and_webm_files_are_probed_too(string file, string type)
    {
        var site = TestSite.Build(
            Fixture($"alternate_enclosures: [{{ sources: [assets/video/{file}] }}]", "0:04")
                + $"\n-- input/assets/video/{file} --\n@file tests/PodcastSite.Tests/Fixtures/video/{file}\n"
        );

        var alternate = Item(site).Element(Podcast + "alternateEnclosure").ShouldNotBeNull($"{file} is not in the feed");
        alternate.Attribute("type")!.Value.ShouldBe(type);
        alternate.Attribute("length")!.Value.ShouldBe(new FileInfo(Repo.VideoFixture(file)).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_remote_alternate_carries_the_type_and_length_written()
    {
        var site = Build("alternate_enclosures: [{ type: audio/opus, length: 1234, bitrate: 32000, sources: [\"https://cdn.example.com/1.opus\"] }]");

        var alternate = Item(site).Element(Podcast + "alternateEnclosure").ShouldNotBeNull("the remote alternate is missing");
        (alternate.Attribute("type")!.Value, alternate.Attribute("length")!.Value).ShouldBe(("audio/opus", "1234"));
        alternate.Attribute("default").ShouldBeNull("`default` is written only when true");
    }

    [Fact]
    public void The_episode_page_plays_a_local_video_with_the_captions_of_its_transcript()
    {
        var site = TestSite.Build(
            Fixture("alternate_enclosures: [{ sources: [assets/video/clip.mp4] }]\ntranscript: assets/captions.vtt")
                + Clip
                + "\n-- input/assets/captions.vtt --\nWEBVTT\n\n00:00.000 --> 00:03.000\nHello.\n"
        );

        var video = site.ShouldSucceed().Html("episodes/hello/index.html").QuerySelector("video").ShouldNotBeNull("the page has no video player");
        video.GetAttribute("src").ShouldBe("/assets/video/clip.mp4");
        video.HasAttribute("controls").ShouldBeTrue("a video without controls cannot be played by keyboard");
        var track = video.QuerySelector("track").ShouldNotBeNull("the captions are not offered");
        (track.GetAttribute("kind"), track.GetAttribute("src"), track.GetAttribute("srclang")).ShouldBe(("captions", "/assets/captions.vtt", "en"));
    }

    [Fact]
    public void Without_a_local_video_the_page_has_no_video_player()
    {
        var site = Build("alternate_enclosures: [{ type: video/mp4, length: 1234, sources: [\"https://cdn.example.com/1.mp4\"] }]");

        site.Html("episodes/hello/index.html").QuerySelector("video").ShouldBeNull("a video kept elsewhere is not embedded");
    }

    [Theory]
    [InlineData("{ type: video/mp4, sources: [\"https://cdn.example.com/1.mp4\"] }", FirstKeyLine + 1, "missing required key `length`")]
    [InlineData("{ length: 10, sources: [\"https://cdn.example.com/video\"] }", FirstKeyLine + 1, "missing required key `type`")]
    [InlineData("{ type: video/mp4, length: 10 }", FirstKeyLine + 1, "missing required key `sources`")]
    [InlineData("{ type: video/mp4, length: 10, sources: [../secret.mp4] }", FirstKeyLine + 1, "`sources` path `../secret.mp4` leaves the input folder")]
    [InlineData("{ type: video/mp4, length: -3, sources: [\"https://cdn.example.com/1.mp4\"] }", FirstKeyLine + 1, "`length` must be the file's size in bytes")]
    [InlineData("{ type: mp4, length: 10, sources: [\"https://cdn.example.com/1.mp4\"] }", FirstKeyLine + 1, "`type` must be a media type like `video/mp4`")]
    [InlineData(
        "{ type: video/mp4, length: 10, lang: english!, sources: [\"https://cdn.example.com/1.mp4\"] }",
        FirstKeyLine + 1,
        "`lang` must be a language code"
    )]
    [InlineData(
        "{ type: video/mp4, length: 10, title: \"A title far longer than thirty-two characters\", sources: [\"https://cdn.example.com/1.mp4\"] }",
        FirstKeyLine + 1,
        "`title` is 45 characters; the podcast namespace allows at most 32"
    )]
    [InlineData(
        "{ type: video/mp4, length: 10, integrity: { type: md5, value: x }, sources: [\"https://cdn.example.com/1.mp4\"] }",
        FirstKeyLine + 1,
        "`type` must be `sri` or `pgp-signature`, not `md5`"
    )]
    [InlineData(
        "{ type: video/mp4, length: 10, integrity: { type: sri, value: abc }, sources: [\"https://cdn.example.com/1.mp4\"] }",
        FirstKeyLine + 1,
        "`value` must be a Subresource Integrity hash"
    )]
    [InlineData(
        "{ typ: video/mp4, length: 10, sources: [\"https://cdn.example.com/1.mp4\"] }",
        FirstKeyLine + 1,
        "unknown key `typ` in an alternate enclosure; did you mean `type`?"
    )]
    public void A_wrong_alternate_enclosure_is_an_error_at_its_line(string entry, int line, string message)
    {
        var site = Build($"alternate_enclosures:\n  - {entry}");

        var error = site.Errors.ShouldHaveSingleItem($"expected one error for {entry}");
        error.Message.ShouldStartWith(message);
        error.Line.ShouldBe(line);
    }

    [Fact]
    public void Two_defaults_are_an_error_at_the_second()
    {
        var site = Build(
            """
            alternate_enclosures:
              - { type: video/mp4, length: 10, default: true, sources: ["https://cdn.example.com/1.mp4"] }
              - { type: video/webm, length: 10, default: true, sources: ["https://cdn.example.com/1.webm"] }
            """
        );

        var error = site.Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("only one alternate enclosure can be the `default`");
        error.Line.ShouldBe(FirstKeyLine + 2);
    }

    [Fact]
    public void A_local_file_that_disagrees_with_what_is_written_or_with_the_episode_is_a_warning()
    {
        var site = TestSite.Build(Fixture("alternate_enclosures:\n  - { type: video/webm, length: 99, sources: [assets/video/clip.mp4] }", "30:00") + Clip);

        site.ShouldSucceed()
            .Warnings.Select(w => (w.Line, w.Message[..w.Message.IndexOf(';')]))
            .ShouldBe(
                [
                    (FirstKeyLine + 1, "`type` video/webm differs from the type of `assets/video/clip.mp4` (video/mp4)"),
                    (
                        FirstKeyLine + 1,
                        $"`length` 99 differs from the size of `assets/video/clip.mp4` ({new FileInfo(Repo.VideoFixture("clip.mp4")).Length} bytes)"
                    ),
                    (FirstKeyLine + 1, "`assets/video/clip.mp4` plays for 00:04, the episode for 30:00"),
                ],
                ignoreOrder: true
            );
        Item(site).Element(Podcast + "alternateEnclosure")!.Attribute("type")!.Value.ShouldBe("video/mp4", "the file's type wins");
    }

    [Fact]
    public void A_local_file_that_is_not_media_is_an_error_at_its_source()
    {
        var site = TestSite.Build(
            Fixture("alternate_enclosures:\n  - sources:\n      - assets/video/notes.mp4") + "\n-- input/assets/video/notes.mp4 --\njust text\n"
        );

        var error = site.Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("cannot read `assets/video/notes.mp4`: not an audio file this build can read");
        (error.Line, error.Column).ShouldBe((FirstKeyLine + 2, 9));
    }

    [Fact]
    public void An_analytics_prefix_counts_alternate_downloads_too()
    {
        var site = TestSite.Build(
            Fixture("alternate_enclosures: [{ type: video/mp4, length: 10, sources: [\"https://cdn.example.com/1.mp4\"] }]")
                .Replace("categories: [Technology]", "categories: [Technology]\nanalytics_prefix: https://op3.dev/e/")
        );

        Item(site).Descendants(Podcast + "source").Single().Attribute("uri")!.Value.ShouldBe("https://op3.dev/e/https://cdn.example.com/1.mp4");
    }

    private static TestSite Build(string keys) => TestSite.Build(Fixture(keys) + Clip);

    private static string Fixture(string keys, string episodeDuration = "0:04") =>
        TestSite.Show
        + "\n"
        + TestSite
            .Episode.Replace("duration: \"30:00\"", $"duration: \"{episodeDuration}\"")
            .Replace("guid: hello-guid\n", "guid: hello-guid\n" + keys.TrimEnd('\n') + "\n");

    private static XElement Item(TestSite site) => XDocument.Parse(site.ShouldSucceed().Text("feed.xml")).Descendants("item").Single();
}
