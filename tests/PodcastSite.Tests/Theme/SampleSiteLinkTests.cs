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
        var parser = new HtmlParser();
        foreach (var page in SampleShow.Result.Files.OfType<GeneratedFile>().Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = parser.ParseDocument(page.ReadText());
            var targets = html.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).Where(t => t.StartsWith('/'));
            foreach (var target in targets)
            {
                var path = Uri.UnescapeDataString(target.Split('#', '?')[0].TrimStart('/'));
                if (!(files.Contains(path) || files.Contains(path + "index.html")))
                    broken.Add($"{page.Path}: {target}");
            }
        }
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_nothing_else()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(SampleShow.Text("sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value).ToList();
        var pages = SampleShow
            .Result.Files.Select(f => f.Path)
            .Where(p => p.EndsWith("index.html", StringComparison.Ordinal))
            .Select(p => "https://buildlog.example.com/" + p[..^"index.html".Length]);

        listed.Order().ShouldBe(pages.Order());
        listed.ShouldContain("https://buildlog.example.com/episodes/shipping-a-typed-api-framework/transcript/");
        listed.ShouldContain("https://buildlog.example.com/subscribe/");
    }
}
