using System.Xml.Linq;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

public sealed class AnalyticsPrefixTests
{
    [Theory]
    [InlineData("https://op3.dev/e/", "https://op3.dev/e/https://media.example.com/1.mp3")]
    [InlineData("https://dts.podtrac.com/redirect.mp3/", "https://dts.podtrac.com/redirect.mp3/media.example.com/1.mp3")]
    [InlineData("https://www.podtrac.com/pts/redirect.mp3/", "https://www.podtrac.com/pts/redirect.mp3/media.example.com/1.mp3")]
    [InlineData("https://media.blubrry.com/buildlog/", "https://media.blubrry.com/buildlog/media.example.com/1.mp3")]
    [InlineData("https://chrt.fm/track/ABC123/", "https://chrt.fm/track/ABC123/media.example.com/1.mp3")]
    [InlineData("https://stats.example.net/p/", "https://stats.example.net/p/media.example.com/1.mp3")]
    public void Each_services_prefix_goes_in_front_of_the_enclosure_with_or_without_the_scheme_as_it_documents(string prefix, string expected)
    {
        var site = Build($"analytics_prefix: {prefix}");

        var enclosure = XDocument.Parse(site.Text("feed.xml")).Descendants("enclosure").Single();
        enclosure.Attribute("url")!.Value.ShouldBe(expected);
        site.Html("episodes/hello/index.html").QuerySelector("audio#player")!.GetAttribute("src").ShouldBe(expected);
    }

    [Fact]
    public void Share_cards_and_search_engines_get_the_prefixed_address_too()
    {
        var page = Build("analytics_prefix: https://dts.podtrac.com/redirect.mp3/").Html("episodes/hello/index.html");

        page.QuerySelector("meta[property='og:audio']")!
            .GetAttribute("content")
            .ShouldBe("https://dts.podtrac.com/redirect.mp3/media.example.com/1.mp3", "og:audio plays the file, so it must count");
        var jsonLd = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        jsonLd.GetProperty("associatedMedia").GetProperty("contentUrl").GetString().ShouldBe("https://dts.podtrac.com/redirect.mp3/media.example.com/1.mp3");
    }

    [Fact]
    public void Without_a_prefix_the_enclosure_is_the_audio_address()
    {
        var site = Build("");

        XDocument.Parse(site.Text("feed.xml")).Descendants("enclosure").Single().Attribute("url")!.Value.ShouldBe("https://media.example.com/1.mp3");
        site.Html("episodes/hello/index.html").QuerySelector("meta[property='og:audio']")!.GetAttribute("content").ShouldBe("https://media.example.com/1.mp3");
    }

    [Theory]
    [InlineData("https://op3.dev/e")]
    [InlineData("http://op3.dev/e/")]
    [InlineData("https://example.com/p/?show=1")]
    public void A_prefix_that_cannot_take_an_address_after_it_is_an_error_at_its_line(string prefix)
    {
        var site = TestSite.Build(
            TestSite.Show.Replace("categories: [Technology]", $"categories: [Technology]\nanalytics_prefix: \"{prefix}\"") + "\n" + TestSite.Episode
        );

        var error = site.Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("`analytics_prefix` must be an https address ending in `/`");
        error.Line.ShouldBe(8);
    }

    private static TestSite Build(string keys) =>
        TestSite.Build(TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + keys) + "\n" + TestSite.Episode).ShouldSucceed();
}
