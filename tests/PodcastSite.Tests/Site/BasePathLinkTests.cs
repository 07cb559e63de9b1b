using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

/// <summary>A site under a path (GitHub Pages: https://you.github.io/show/): links written from the root stay inside it.</summary>
public sealed class BasePathLinkTests
{
    private static readonly string Fixture =
        TestSite.Show.Replace("base_url: https://example.com/", "base_url: https://example.com/show/")
        + """

            -- input/pages/about.md --
            ---
            title: About
            ---
            Subscribe with [the feed](/feed.xml), or read [an episode](/episodes/hello/#notes). [Elsewhere](//cdn.example.com/x) stays.
            -- input/episodes/2026-01-15-hello.md --
            ---
            title: Hello
            date: 2026-01-15T10:00:00Z
            guid: hello-guid
            audio: { url: "https://media.example.com/1.mp3", length: 1000, duration: "30:00" }
            ---
            More in [the about page](/about/).
            """;

    [Fact]
    public void Root_relative_links_in_markdown_are_put_under_the_base_path_on_pages()
    {
        var site = TestSite.Build(Fixture).ShouldSucceed();

        var about = site.Html("about/index.html");
        var hrefs = about.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        hrefs.ShouldContain("/show/feed.xml");
        hrefs.ShouldContain("/show/episodes/hello/#notes");
        hrefs.ShouldContain("//cdn.example.com/x");
        site.Html("episodes/hello/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain("/show/about/");
    }

    [Fact]
    public void Root_relative_links_in_the_feed_become_absolute_under_the_base_url()
    {
        var site = TestSite.Build(Fixture).ShouldSucceed();

        site.Text("feed.xml").ShouldContain("href=\"https://example.com/show/about/\"");
    }
}
