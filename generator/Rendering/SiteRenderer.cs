using PodcastSite.Diagnostics;
using PodcastSite.Model;
using PodcastSite.Rendering.Views;

namespace PodcastSite.Rendering;

/// <summary>Render: the site model and a theme into every page of the site, in parallel, as values (nothing touches the disk).</summary>
public sealed class SiteRenderer
{
    private readonly Site _site;
    private readonly Theme _theme;
    private readonly SiteUrls _urls;
    private readonly ViewBuilder _views;
    private readonly TemplateRenderer _templates;
    private readonly Dictionary<Episode, EpisodeView> _episodeViews;
    private readonly bool _markUnpublished;
    private readonly string _siteDescription;

    public SiteRenderer(Site site, Theme theme, string themeDisplayRoot, bool markUnpublished)
    {
        _site = site;
        _theme = theme;
        _urls = new SiteUrls(site.Show);
        _views = new ViewBuilder(site, _urls, theme.NotesStrings);
        var siteView = _views.Site();
        _templates = new TemplateRenderer(theme, siteView, _urls, themeDisplayRoot);
        _episodeViews = site.Episodes.ToDictionary(e => e, _views.Episode);
        _markUnpublished = markUnpublished;
        _siteDescription = siteView.Description;
    }

    public IReadOnlyList<OutputFile> RenderPages(DiagnosticBag diagnostics)
    {
        var jobs = new List<Func<OutputFile?>>();
        jobs.AddRange(HomePages().Select(job => (Func<OutputFile?>)(() => job(diagnostics))));
        jobs.AddRange(_site.Episodes.Select(e => (Func<OutputFile?>)(() => EpisodePage(e, diagnostics))));
        jobs.AddRange(_site.Guests.Select(g => (Func<OutputFile?>)(() => GuestPage(g, diagnostics))));
        jobs.Add(() => Page("guests/index.html", "guests.html", _theme.Strings.GetValueOrDefault("guests_title") as string ?? "Guests",
            new { Guests = _site.Guests.Select(g => _views.Person(g.Person)).ToList() }, diagnostics));
        jobs.Add(() => Page("404.html", "404.html", "Not found", new { }, diagnostics));

        // Order is the job order, whatever order the threads finish in: output is the same every run.
        var pages = new OutputFile?[jobs.Count];
        Parallel.For(0, jobs.Count, i => pages[i] = jobs[i]());
        return pages.OfType<OutputFile>().ToList();
    }

    private IEnumerable<Func<DiagnosticBag, OutputFile?>> HomePages()
    {
        var pageSize = _site.Show.PageSize;
        var total = Math.Max(1, (_site.Episodes.Count + pageSize - 1) / pageSize);
        for (var number = 1; number <= total; number++)
        {
            var current = number;
            yield return diagnostics =>
            {
                var episodes = _site.Episodes.Skip((current - 1) * pageSize).Take(pageSize).Select(e => _episodeViews[e]).ToList();
                var pager = new PagerView(current, total,
                    current > 1 ? _urls.Relative(SiteUrls.HomePath(current - 1)) : null,
                    current < total ? _urls.Relative(SiteUrls.HomePath(current + 1)) : null);
                var title = current == 1 ? _site.Show.Title : $"{_site.Show.Title} (page {current})";
                return Page(SiteUrls.HomePath(current) + "index.html", "home.html", title, new { Episodes = episodes, Pager = pager }, diagnostics);
            };
        }
    }

    private OutputFile? EpisodePage(Episode episode, DiagnosticBag diagnostics)
    {
        var view = _episodeViews[episode];
        var banner = _markUnpublished && (episode.Draft || episode.Scheduled);
        return Page(SiteUrls.EpisodePath(episode) + "index.html", "episode.html", $"{episode.FullTitle} · {_site.Show.Title}", view, diagnostics, banner, episode.Summary);
    }

    private OutputFile? GuestPage(Guest guest, DiagnosticBag diagnostics)
    {
        var page = new
        {
            Person = _views.Person(guest.Person),
            Episodes = guest.Episodes.Select(e => _episodeViews[e]).ToList(),
        };
        return Page(SiteUrls.GuestPath(guest.Person) + "index.html", "guest.html", $"{guest.Person.Name} · {_site.Show.Title}", page, diagnostics);
    }

    private OutputFile? Page(string path, string layout, string title, object page, DiagnosticBag diagnostics, bool banner = false, string? description = null)
    {
        var html = _templates.Render(layout, title, description ?? _siteDescription, page, diagnostics, banner);
        return html is null ? null : GeneratedFile.Text(path, html);
    }
}
