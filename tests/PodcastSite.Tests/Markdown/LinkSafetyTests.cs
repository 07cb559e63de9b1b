using PodcastSite.Markdown;
using Shouldly;

namespace PodcastSite.Tests.Markdown;

public sealed class LinkSafetyTests
{
    [Theory]
    [InlineData("https://example.com/x")]
    [InlineData("HTTP://example.com/")]
    [InlineData("mailto:me@example.com")]
    [InlineData("/about/")]
    [InlineData("../other/")]
    [InlineData("#fn:1")]
    [InlineData("notes/1:2")]
    [InlineData("//cdn.example.com/x.png")]
    public void Web_mail_and_relative_urls_may_be_links(string url) => LinkSafety.IsSafe(url).ShouldBeTrue();

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/x")]
    public void Other_schemes_may_not(string url) => LinkSafety.IsSafe(url).ShouldBeFalse();

    [Theory]
    [InlineData("#fn:1", "https://example.com/show/episodes/x/#fn:1")]
    [InlineData("/about/", "https://example.com/about/")]
    [InlineData("../y/", "https://example.com/show/episodes/y/")]
    [InlineData("https://other.example/", "https://other.example/")]
    public void A_feed_makes_relative_urls_absolute_against_the_episode_page(string url, string expected) =>
        LinkSafety.Absolute(url, new Uri("https://example.com/show/episodes/x/")).ShouldBe(expected);
}
