using System.Text.RegularExpressions;
using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>Every link in a feed item's notes is absolute and safe: podcast apps have no page to resolve against.</summary>
public sealed partial class FeedLinkTests
{
    private static readonly XNamespace Content = PodcastFeed.Content;

    [Fact]
    public void Footnotes_fragments_and_relative_links_point_at_the_episode_page()
    {
        var body = "Benchmarks[^1], [the about page](/about/), [a sibling](../second/), [a section](#method).\n\n[^1]: On a laptop.";

        var (encoded, description) = Notes(TestSite.Show.Replace("https://example.com/", "https://example.com/show/") + "\n" + Episode(body));

        foreach (var html in new[] { encoded, description })
        {
            html.ShouldContain("href=\"https://example.com/show/episodes/hello/#fn:1\"");
            html.ShouldContain("href=\"https://example.com/show/about/\"");
            html.ShouldContain("href=\"https://example.com/show/episodes/second/\"");
            html.ShouldContain("href=\"https://example.com/show/episodes/hello/#method\"");
            Hrefs(html).ShouldAllBe(url => url.StartsWith("https://") || url.StartsWith("mailto:"), html);
        }
        encoded.ShouldContain("href=\"https://example.com/show/episodes/hello/#fnref:1\"");
    }

    [Fact]
    public void Link_lines_and_sponsor_text_resolve_relative_links_against_the_episode_page()
    {
        var fixture =
            TestSite.Show
            + "\n"
            + Episode("Body.")
                .Replace(
                    "guest:",
                    """
                    links:
                      - "[Transcript](transcript/) and [notes](#notes)"
                    sponsor: { name: Acme, text: "Try [our plan](/plans/)." }
                    guest:
                    """
                );

        var (encoded, description) = Notes(fixture);

        foreach (var html in new[] { encoded, description })
        {
            html.ShouldContain("href=\"https://example.com/episodes/hello/transcript/\"");
            html.ShouldContain("href=\"https://example.com/episodes/hello/#notes\"");
            html.ShouldContain("href=\"https://example.com/plans/\"");
        }
    }

    [Fact]
    public void Javascript_and_data_urls_written_in_markdown_reach_the_feed_only_as_text()
    {
        var fixture =
            TestSite.Show
            + "\n"
            + Episode(
                    "[Click](javascript:alert(1)), [twice](JaVaScRiPt:alert(2)), [tabbed](java&#9;script:alert(3)), "
                        + "<javascript:alert(4)>, ![a pixel](data:image/png;base64,AAAA) and [fine](mailto:me@example.com)."
                )
                .Replace(
                    "guest:",
                    """
                    links:
                      - "[Line](javascript:alert(5))"
                    sponsor: { name: Acme, text: "[Sponsor](data:text/html,hi)" }
                    guest:
                    """
                );

        var (encoded, description) = Notes(fixture);

        foreach (var html in new[] { encoded, description })
        {
            Hrefs(html).ShouldAllBe(url => url.StartsWith("https://") || url.StartsWith("mailto:"), html);
            html.ShouldNotContain("src=\"data:");
            html.ShouldContain("Click");
            html.ShouldContain("a pixel");
            html.ShouldContain("Line");
            html.ShouldContain("Sponsor");
            html.ShouldContain("href=\"mailto:me@example.com\"");
        }
    }

    [Fact]
    public void The_podcasters_own_html_reaches_the_feed_as_its_text()
    {
        var fixture =
            TestSite.Show
            + "\n"
            + Episode(
                "<div onclick=\"steal()\">Hello <b>bold</b> &amp; <a href=\"javascript:x\">linked</a></div>\n\n"
                    + "<script>alert(1)</script>\n\nA line<br>break and <span style=\"color:red\">red</span>."
            );

        var (encoded, description) = Notes(fixture);

        foreach (var html in new[] { encoded, description })
        {
            html.ShouldContain("Hello bold &amp; linked");
            html.ShouldContain("A line<br");
            html.ShouldContain("break and red.");
            html.ShouldNotContain("onclick");
            html.ShouldNotContain("javascript");
            html.ShouldNotContain("alert");
            html.ShouldNotContain("<span");
        }
    }

    private static string Episode(string body) => TestSite.Episode.Replace("The first episode.", body);

    private static (string Encoded, string Description) Notes(string fixture)
    {
        var item = XDocument.Parse(TestSite.Build(fixture).ShouldSucceed().Text("feed.xml")).Descendants("item").Single();
        return (item.Element(Content + "encoded")!.Value, item.Element("description")!.Value);
    }

    private static List<string> Hrefs(string html) => Href().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Href();
}
