using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

public sealed class HostHeadersTests
{
    [Fact]
    public void The_build_writes_a_headers_file_that_serves_the_feed_as_rss_with_a_short_cache_under_the_base_path()
    {
        var site = TestSite
            .Build(TestSite.Show.Replace("base_url: https://example.com/", "base_url: https://example.com/show/") + "\n" + TestSite.Episode)
            .ShouldSucceed();

        site.Text("_headers").ShouldContain("/show/feed.xml\n  Content-Type: application/rss+xml; charset=utf-8\n  Cache-Control: public, max-age=300\n");
        site.Text("_headers").ShouldContain("/show/assets/*\n  Cache-Control: public, max-age=604800\n");
    }

    [Fact]
    public void A_headers_file_in_the_theme_replaces_the_one_the_build_writes()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode + "\n-- theme/static/_headers --\n/*\n  X-Frame-Options: DENY\n").ShouldSucceed();

        var headers = site.Result.Files.Single(f => f.Path == "_headers").ShouldBeOfType<PodcastSite.Rendering.CopiedFile>();
        headers.Source.DisplayPath.ShouldBe("theme/static/_headers");
    }
}
