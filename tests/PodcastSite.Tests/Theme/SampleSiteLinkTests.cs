using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PodcastSite.Rendering;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Theme;

/// <summary>The sample show's site, walked page by page: nothing it links or loads is missing, and search engines hear of every page.</summary>
public sealed class SampleSiteLinkTests
{
    [Fact]
    public void Every_link_and_asset_of_every_page_of_the_sample_site_resolves_inside_the_site()
    {
        var files = SampleShow.Result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        var checkedCount = 0;
        foreach (var (page, target) in Targets())
        {
            // The site's own absolute addresses (canonical, og:image, JSON-LD's audio) must resolve too.
            var local = target.StartsWith(SiteRoot, StringComparison.Ordinal) ? "/" + target[SiteRoot.Length..] : target;
            if (!local.StartsWith('/') || local.StartsWith("//", StringComparison.Ordinal))
                continue;
            checkedCount++;
            var path = Uri.UnescapeDataString(local.Split('#', '?')[0].TrimStart('/'));
            if (!(files.Contains(path) || files.Contains(path + "index.html") || (path.Length == 0 && files.Contains("index.html"))))
                broken.Add($"{page}: {target}");
        }
        broken.ShouldBeEmpty($"of {checkedCount} links and assets, these point at nothing the build made");
        checkedCount.ShouldBeGreaterThan(500, "the walk found too few links to have read the pages");
    }

    [Fact]
    public void Every_copy_of_a_picture_a_page_offers_in_a_srcset_is_published()
    {
        var files = SampleShow.Result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var offered = Targets().Where(t => t.Target.Contains("-96w.") || t.Target.Contains("-640w.")).ToList();

        offered.ShouldNotBeEmpty("no page offers the smaller copies of the cover");
        offered.ShouldAllBe(t => files.Contains(Uri.UnescapeDataString(t.Target.TrimStart('/'))));
    }

    private const string SiteRoot = "https://buildlog.example.com/";

    /// <summary>Every address a page of the sample site names: links, sources, each srcset candidate, and the data attributes scripts fetch.</summary>
    private static IEnumerable<(string Page, string Target)> Targets()
    {
        var parser = new HtmlParser();
        foreach (var page in SampleShow.Result.Files.OfType<GeneratedFile>().Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = parser.ParseDocument(page.ReadText());
            foreach (var element in html.QuerySelectorAll("[href], [src], [srcset], [data-art], [data-index], meta[content^='https://buildlog']"))
            {
                foreach (var name in new[] { "href", "src", "data-art", "data-index", "content" })
                    if (element.GetAttribute(name) is { Length: > 0 } value)
                        yield return (page.Path, value);
                foreach (
                    var candidate in (element.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                )
                    yield return (page.Path, candidate.Split(' ')[0]);
            }
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_nothing_else()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(SampleShow.Text("sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value).ToList();
        var pages = SampleShow
            .Result.Files.Select(f => f.Path)
            .Where(p => p.EndsWith("index.html", StringComparison.Ordinal))
            // An embed player is the episode page again, for iframes elsewhere: not a page to find.
            .Where(p => !p.EndsWith("/embed/index.html", StringComparison.Ordinal))
            .Select(p => "https://buildlog.example.com/" + p[..^"index.html".Length]);

        listed.Order().ShouldBe(pages.Order());
        listed.ShouldContain("https://buildlog.example.com/episodes/shipping-a-typed-api-framework/transcript/");
        listed.ShouldContain("https://buildlog.example.com/subscribe/");
    }
}
