using PodcastSite.Diagnostics;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Text;

namespace PodcastSite.Content;

/// <summary>Parse: one free page (<c>input/pages/about.md</c>): a title, an optional slug, and a Markdown body.</summary>
public static class PageParser
{
    public const string Folder = "pages";

    private static readonly string[] Keys = ["title", "slug"];

    // Paths the site already uses for something else.
    private static readonly HashSet<string> Reserved = ["episodes", "guests", "page", "assets", "css", "js"];

    public static IReadOnlyList<Page> ParseAll(SourceFolder input, DiagnosticBag diagnostics)
    {
        var pages = input
            .Under(Folder)
            .Where(f => f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Select(f => Parse(f, diagnostics))
            .OfType<Page>()
            .ToList();
        foreach (var clash in pages.GroupBy(p => p.Slug).Where(g => g.Count() > 1))
            diagnostics.Error(clash.Last().SourcePath, 0, 0, $"same slug `{clash.Key}` as {clash.First().SourcePath}; each page needs its own");
        return pages;
    }

    private static Page? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.ReadText(diagnostics);
        if (text is null)
            return null;
        var front = FrontMatter.Split(text);
        if (front is null)
        {
            diagnostics.Error(
                file.DisplayPath,
                1,
                1,
                FrontMatter.Opens(text)
                    ? "the front matter that starts here is never closed: add a `---` line after its last key, before the page's text"
                    : "a page must start with YAML front matter between `---` lines, with at least `title:`"
            );
            return null;
        }
        var map = new YamlContext(file.DisplayPath, front.YamlFirstLine, diagnostics).ParseMapping(front.Yaml);
        if (map is null)
            return null;
        var extra = map.CheckUnknownKeys(Keys, Severity.Warning, "page front matter");
        var title = map.String("title", required: true);
        var written = map.String("slug");
        var slug = Slug.From(written ?? Path.GetFileNameWithoutExtension(file.Path));
        if (written is not null)
            Slug.ReportRewritten(written, slug, map.Context.At(map.Node("slug")!), diagnostics);
        if (slug.Length == 0 || Reserved.Contains(slug))
        {
            diagnostics.Error(
                map.KeyPosition(map.Has("slug") ? "slug" : "title"),
                $"a page cannot be published at `/{slug}/`, which the site uses already; give it another `slug:`"
            );
            return null;
        }
        if (Slug.IsWindowsDeviceName(slug))
            Slug.ReportWindowsDeviceName(
                $"the page's address `/{slug}/`",
                "give it another `slug:`",
                map.KeyPosition(map.Has("slug") ? "slug" : "title"),
                diagnostics
            );
        var body = MarkdownRendering.Parse(front.Body, out var problem);
        if (problem is not null)
            diagnostics.Error(file.DisplayPath, front.BodyFirstLine, 1, problem);
        return title is null ? null : new Page(file.DisplayPath, slug, title, body, ExtraValues.From(map, extra));
    }
}
