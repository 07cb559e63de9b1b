using System.Text.Json;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Theme;

/// <summary>An episode pasted into WordPress, Ghost or Notion shows a player: an embed page and its oEmbed answer.</summary>
public sealed class EmbedTests
{
    private static readonly TestSite Site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode).ShouldSucceed();

    [Fact]
    public void The_episode_page_announces_its_oembed_answer()
    {
        var link = Site.Html("episodes/hello/index.html").QuerySelector("link[rel=alternate][type='application/json+oembed']");

        link.ShouldNotBeNull("the episode page has no oEmbed discovery link, so editors cannot find its player");
        link.GetAttribute("href").ShouldBe("https://example.com/episodes/hello/oembed.json");
    }

    [Fact]
    public void The_oembed_answer_is_a_rich_player_in_an_iframe_of_the_embed_page()
    {
        using var json = JsonDocument.Parse(Site.Text("episodes/hello/oembed.json"));
        var answer = json.RootElement;

        answer.GetProperty("version").GetString().ShouldBe("1.0");
        answer.GetProperty("type").GetString().ShouldBe("rich");
        answer.GetProperty("title").GetString().ShouldBe("Hello");
        answer.GetProperty("provider_name").GetString().ShouldBe("Test Show");
        answer.GetProperty("provider_url").GetString().ShouldBe("https://example.com/");
        answer.GetProperty("width").GetInt32().ShouldBeGreaterThan(0);
        answer.GetProperty("height").GetInt32().ShouldBeGreaterThan(0);
        answer.GetProperty("thumbnail_url").GetString().ShouldBe("https://example.com/assets/cover-640w.jpg");
        answer.GetProperty("thumbnail_width").GetInt32().ShouldBe(640);
        var iframe = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(answer.GetProperty("html").GetString()!).QuerySelector("iframe");
        iframe.ShouldNotBeNull($"the oEmbed html is not an iframe: {answer.GetProperty("html")}");
        iframe.GetAttribute("src").ShouldBe("https://example.com/episodes/hello/embed/");
        iframe.GetAttribute("title").ShouldBe("Hello", "an iframe needs a title for screen readers");
    }

    [Fact]
    public void The_embed_page_is_a_player_alone_kept_out_of_search_engines()
    {
        var page = Site.Html("episodes/hello/embed/index.html");

        page.QuerySelector("audio")!.GetAttribute("src").ShouldBe("https://media.example.com/1.mp3");
        page.QuerySelector(".embed-title a")!.GetAttribute("href").ShouldBe("https://example.com/episodes/hello/");
        page.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.com/episodes/hello/");
        page.QuerySelector(".site-header").ShouldBeNull("the embed page carries the site's header, which does not fit in an iframe");
        Site.Text("sitemap.xml").ShouldNotContain("/embed/");
    }
}
