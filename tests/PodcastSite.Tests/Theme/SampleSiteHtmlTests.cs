using PodcastSite.Rendering;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Theme;

/// <summary>Every page of the sample site is valid HTML, as html-validate reads the standard.</summary>
public sealed class SampleSiteHtmlTests
{
    [Fact]
    public void Every_page_of_the_sample_site_is_valid_html()
    {
        HtmlValidate.Require();
        using var folder = new TempFolder();
        var pages = SampleShow.Result.Files.OfType<GeneratedFile>().Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        foreach (var page in pages)
        {
            var path = folder.PathOf(page.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, page.Content);
        }
        pages.Count.ShouldBeGreaterThan(15, "the sample site should have home, episode, transcript, guest and free pages");

        var (valid, report) = HtmlValidate.Check(pages.Select(p => folder.PathOf(p.Path)));

        valid.ShouldBeTrue($"html-validate found problems in the sample site's pages:\n{report}");
    }

    [Fact]
    public void The_validator_reports_a_page_that_breaks_the_standard()
    {
        HtmlValidate.Require();
        using var folder = new TempFolder();
        var page = folder.PathOf("broken.html");
        File.WriteAllText(
            page,
            "<!doctype html><html lang=\"en\"><head><title>x</title></head><body><p><div>block in a paragraph</p><a href=\"#\" id=\"x\"></a><b id=\"x\">twice</b></body></html>"
        );

        var (valid, report) = HtmlValidate.Check([page]);

        valid.ShouldBeFalse($"html-validate passed a page with a duplicate id and a misnested element:\n{report}");
        report.ShouldContain("no-dup-id");
    }
}
