using PodcastSite.Rendering;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Rendering;

/// <summary><see cref="SiteUrls.AbsoluteUri"/> puts plain paths together as text; it must give what resolving the Uri gives.</summary>
public sealed class SiteUrlsTests
{
    public static TheoryData<string> BaseUrls() =>
        [
            "https://example.com/",
            "https://user.github.io/show/",
            "https://example.com/a%20b/",
            "https://xn--caf-dma.example/",
            "https://Example.COM:8443/Show/",
            "https://user:pw@example.com/show/",
        ];

    private static readonly string[] Paths =
    [
        "",
        "/",
        "episodes/hello/",
        "/episodes/hello/",
        "episodes/hello/chapters.json",
        "feed.xml",
        "assets/Cover Art.png",
        "assets/café.jpg",
        "assets/a+b&c=d.mp3",
        "assets/100%.png",
        "assets/q?.png",
        "assets/x#y.png",
        "assets/./cover.png",
        "assets/../cover.png",
        "assets/.well-known/x",
        "assets/..hidden",
        "assets//double.png",
        "./feed.xml",
        ".",
        "..",
        "a/.",
        "~user/x",
        "https://cdn.example.com/cover.png",
        "HTTPS://CDN.example.com/Cover.png",
        "mailto:someone@example.com",
    ];

    [Theory]
    [MemberData(nameof(BaseUrls))]
    public void A_path_put_together_as_text_is_what_resolving_it_as_a_Uri_gives(string baseUrl)
    {
        var show = TestSite.Build(TestSite.Show.Replace("base_url: https://example.com/", $"base_url: {baseUrl}")).ShouldSucceed().Result.Site!.Show;
        var urls = new SiteUrls(show);

        foreach (var path in Paths)
            urls.AbsoluteUri(path).ShouldBe(urls.Absolute(path).AbsoluteUri, $"for `{path}` under {baseUrl}");
    }
}
