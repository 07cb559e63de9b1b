using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Site;

public sealed class HostHeadersTests
{
    [Fact]
    public void The_build_writes_a_headers_file_that_serves_the_feed_as_rss_with_a_short_cache_under_the_base_path()
    {
        var site = TestSite.Build(TestSite.Show.Replace("base_url: https://example.com/", "base_url: https://example.com/show/") + "\n" + TestSite.Episode).ShouldSucceed();

        site.Text("_headers").ShouldContain("/show/feed.xml\n  Content-Type: application/rss+xml; charset=utf-8\n  Cache-Control: public, max-age=300\n");
        site.Text("_headers").ShouldContain("/show/assets/*\n  Cache-Control: public, max-age=604800\n");
    }
}
