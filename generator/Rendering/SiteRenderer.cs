using System.Collections.Concurrent;
using PodcastSite.Diagnostics;
using PodcastSite.Images;
using PodcastSite.Model;
using PodcastSite.Notes;
using PodcastSite.Rendering.Views;
using PodcastSite.Text;
using PodcastSite.Transcripts;

namespace PodcastSite.Rendering;

/// <summary>Render: the site model and a theme into every page of the site, in parallel, as values (nothing touches the disk).</summary>
public sealed class SiteRenderer
{
    private readonly Site _site;
    private readonly Theme _theme;
    private readonly SiteUrls _urls;
    private readonly ViewBuilder _views;
    private readonly TemplateRenderer _templates;

    private readonly bool _markUnpublished;
    private readonly string _siteDescription;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<TranscriptCue>> _transcripts;

    // The size of every resized picture: a page names its copies and their widths.
    private readonly string _imageSizes;
    private readonly IReadOnlyDictionary<string, ResponsiveImage> _images;

    /// <param name="transcripts">The cues of each transcript file that could be read, by its path: each makes a transcript page.</param>
    public SiteRenderer(
        Site site,
        Theme theme,
        string themeDisplayRoot,
        bool markUnpublished,
        IReadOnlyDictionary<string, IReadOnlyList<TranscriptCue>>? transcripts = null,
        IReadOnlyDictionary<string, ResponsiveImage>? images = null
    )
    {
        _site = site;
        _theme = theme;
        _urls = new SiteUrls(site.Show);
        _transcripts = transcripts ?? new Dictionary<string, IReadOnlyList<TranscriptCue>>();
        _views = new ViewBuilder(site, _urls, theme.NotesStrings, _transcripts, images);
        var siteView = _views.Site();
        _templates = new TemplateRenderer(theme, siteView, _urls, themeDisplayRoot);
        _markUnpublished = markUnpublished;
        _images = images ?? new Dictionary<string, ResponsiveImage>();
        _imageSizes = string.Join('\n', _images.Values.OrderBy(i => i.SourcePath, StringComparer.Ordinal).Select(i => $"{i.SourcePath} {i.Width}x{i.Height}"));
        _siteDescription = siteView.Description;
    }

    /// <summary>
    /// Every page, rendered in parallel. With a <paramref name="cache"/> (preview), a page whose inputs are the
    /// same objects as last time is not rendered again. With <paramref name="emit"/>, each page is handed over as
    /// soon as it is made and not kept (a build writes it at once), and the list returned is empty. Without
    /// <paramref name="episodePages"/>, the episode pages are left to the caller (<see cref="EpisodePage"/>).
    /// </summary>
    public IReadOnlyList<OutputFile> RenderPages(
        DiagnosticBag diagnostics,
        RenderCache? cache = null,
        Action<OutputFile>? emit = null,
        bool episodePages = true
    )
    {
        var common = Common();
        var jobs = new List<PageJob>();
        var total = HomePageCount();
        for (var number = 1; number <= total; number++)
            jobs.Add(HomePage(number, total, common));
        if (episodePages)
            jobs.AddRange(_site.Episodes.Select(e => EpisodePageJob(e, common)));
        foreach (var episode in _site.Episodes)
            jobs.AddRange(EmbedJobs(episode, common));
        jobs.AddRange(_site.Episodes.Select(e => TranscriptJob(e, common)).OfType<PageJob>());
        jobs.AddRange(_site.Guests.Select(g => GuestJob(g, common)));
        jobs.Add(
            new PageJob(
                "guests/index.html",
                Inputs("guests.html", common, [.. _site.Guests.Select(g => (object)g.Person), .. _site.Guests.Select(g => (object)g.Episodes.Count)]),
                d =>
                    Page(
                        "guests/index.html",
                        "guests.html",
                        $"{String("guests_title")} · {_site.Show.Title}",
                        new GuestListView(_site.Guests.Select(g => _views.Person(g.Person)).ToList()),
                        d
                    )
            )
        );
        // A free page of the show's own at /subscribe/ takes that address instead.
        if (!_site.Pages.Any(p => p.Slug == "subscribe"))
            jobs.Add(
                new PageJob(
                    ViewBuilder.SubscribePath + "index.html",
                    Inputs("subscribe.html", common, []),
                    d => Page(ViewBuilder.SubscribePath + "index.html", "subscribe.html", $"{String("subscribe")} · {_site.Show.Title}", null, d)
                )
            );
        jobs.AddRange(
            _site.Pages.Select(p => new PageJob(
                p.Slug + "/index.html",
                Inputs("page.html", common, [p]),
                d => Page(p.Slug + "/index.html", "page.html", $"{p.Title} · {_site.Show.Title}", _views.Page(p), d)
            ))
        );
        // The stylesheet a browser shows the feed with, in the theme's words; a theme's own finished static/feed.xsl wins.
        if (_theme.Layouts.ContainsKey(FeedStylesheet) && !_theme.StaticFiles.Any(f => f.Path == "static/" + FeedStylesheet))
            jobs.Add(new PageJob(FeedStylesheet, Inputs(FeedStylesheet, common, []), FeedStylesheetFile));
        jobs.Add(new PageJob("404.html", Inputs("404.html", common, []), d => Page("404.html", "404.html", String("not_found_title"), null, d)));
        return Run(jobs, diagnostics, cache, emit);
    }

    /// <summary>
    /// The pages whose inputs hold one of <paramref name="episodes"/> (of this site): each one's own pages, the home
    /// page that lists it (and the first, for a featured one), and the pages of its guests. The preview renders only
    /// these after an edit that left every episode in its place and every guest as they were, since every other page
    /// is made from inputs that did not change. Its neighbours' pages show its title and address only, which such an
    /// edit may change: they are among these pages, and the cache renders them again only if it did.
    /// </summary>
    public IReadOnlyList<OutputFile> RenderPagesShowing(IReadOnlyCollection<Episode> episodes, DiagnosticBag diagnostics, RenderCache cache)
    {
        var common = Common();
        var total = HomePageCount();
        var jobs = new Dictionary<string, PageJob>(StringComparer.Ordinal);
        void Add(PageJob? job)
        {
            if (job is not null)
                jobs.TryAdd(job.Path, job);
        }
        foreach (var episode in episodes)
        {
            var index = _views.IndexOf(episode);
            if (index < 0)
                continue; // left out of this build (a draft, a scheduled episode)
            Add(EpisodePageJob(episode, common));
            var (newer, older) = _views.NeighboursOf(episode);
            foreach (var neighbour in new[] { newer, older }.OfType<Episode>())
                Add(EpisodePageJob(neighbour, common));
            foreach (var job in EmbedJobs(episode, common))
                Add(job);
            Add(TranscriptJob(episode, common));
            Add(HomePage(index / _site.Show.PageSize + 1, total, common));
            if (episode.Featured)
                Add(HomePage(1, total, common));
            foreach (var guest in _site.Guests.Where(g => episode.Guests.Any(p => p.Name == g.Person.Name)))
                Add(GuestJob(guest, common));
        }
        return Run(jobs.Values.ToList(), diagnostics, cache, emit: null);
    }

    private static IReadOnlyList<OutputFile> Run(List<PageJob> jobs, DiagnosticBag diagnostics, RenderCache? cache, Action<OutputFile>? emit)
    {
        // Order is the job order, whatever order the threads finish in: output is the same every run.
        var pages = new OutputFile?[jobs.Count];
        Parallel.For(
            0,
            jobs.Count,
            i =>
            {
                var job = jobs[i];
                var page = cache is null ? job.Render(diagnostics) : cache.GetOrRender(job.Path, job.Inputs, () => job.Render(diagnostics));
                if (emit is null)
                    pages[i] = page;
                else if (page is not null)
                    emit(page);
            }
        );
        return pages.OfType<OutputFile>().ToList();
    }

    // What every page shows: the theme, the show, the episode count, the navigation to the free pages.
    private object[] Common()
    {
        var navigation = string.Join('\n', _site.Pages.Select(p => $"{p.Slug}\t{p.Title}"));
        return [_theme.Strings, _site.Show, _site.Episodes.Count, _site.Guests.Count > 0, _markUnpublished, navigation, _imageSizes];
    }

    private PageJob EpisodePageJob(Episode episode, object[] common) =>
        new(
            SiteUrls.EpisodePath(episode) + "index.html",
            Inputs(
                "episode.html",
                common,
                [episode, .. Neighbours(episode), .. episode.Guests.Select(g => (object)GuestEpisodeCount(g)), .. TranscriptInputs(episode)]
            ),
            d => EpisodePage(episode, null, d)
        );

    // An episode with audio can be played on other sites: its embed page, and the oEmbed answer that points at it.
    private IEnumerable<PageJob> EmbedJobs(Episode episode, object[] common)
    {
        if (episode.Audio is null || !_theme.Layouts.ContainsKey(EmbedLayout))
            yield break;
        yield return new PageJob(OEmbed.EmbedPath(episode) + "index.html", Inputs(EmbedLayout, common, [episode]), d => EmbedPage(episode, d));
        yield return new PageJob(
            OEmbed.JsonPath(episode),
            [_site.Show, episode, _imageSizes],
            _ => new GeneratedFile(OEmbed.JsonPath(episode), OEmbed.Write(episode, _site.Show, _urls, ArtOf(episode)))
        );
    }

    private PageJob? TranscriptJob(Episode episode, object[] common) =>
        _views.CuesOf(episode) is null
            ? null
            : new PageJob(
                ViewBuilder.TranscriptPath(episode) + "index.html",
                Inputs("transcript.html", common, [episode, .. TranscriptInputs(episode)]),
                d => TranscriptPage(episode, d)
            );

    private PageJob GuestJob(Guest guest, object[] common) =>
        new(SiteUrls.GuestPath(guest.Person) + "index.html", Inputs("guest.html", common, [guest.Person, .. guest.Episodes]), d => GuestPage(guest, d));

    /// <summary>One page to render, and everything it is made from: its layout (with base.html and the partials) comes last.</summary>
    private sealed record PageJob(string Path, object[] Inputs, Func<DiagnosticBag, OutputFile?> Render);

    private object[] Inputs(string layout, object[] common, IEnumerable<object> own) =>
        [.. common, .. own, .. _templatesOf.GetOrAdd(layout, l => _theme.TemplatesOf(l).ToArray())];

    private readonly ConcurrentDictionary<string, object[]> _templatesOf = new(StringComparer.Ordinal);

    private int GuestEpisodeCount(Person person) => _views.EpisodeCountOf(person);

    // An episode page links its neighbours by title and address, and nothing else of them: an edit to a neighbour's
    // notes leaves the page as it was.
    private IEnumerable<object> Neighbours(Episode episode)
    {
        var (newer, older) = _views.NeighboursOf(episode);
        return [newer?.FullTitle ?? "", newer?.Slug ?? "", older?.FullTitle ?? "", older?.Slug ?? ""];
    }

    private IEnumerable<object> TranscriptInputs(Episode episode) => _views.CuesOf(episode) is { } cues ? [cues] : [];

    private string String(string key) => _theme.Strings.GetValueOrDefault(key) as string ?? key;

    // Views are made when a page needs them and go with it: a preview rebuild renders a handful of pages, and a build
    // that kept the view of every episode it listed held 130 MB more at 30,000 episodes for no measurable gain.
    private EpisodeView View(Episode episode) => _views.Episode(episode);

    private int HomePageCount() => Math.Max(1, (_site.Episodes.Count + _site.Show.PageSize - 1) / _site.Show.PageSize);

    private PageJob HomePage(int number, int total, object[] common)
    {
        var pageSize = _site.Show.PageSize;
        var onPage = _site.Episodes.Skip((number - 1) * pageSize).Take(pageSize).ToList();
        var featured = number == 1 ? _site.Episodes.Where(e => e.Featured).ToList() : [];
        return new PageJob(
            SiteUrls.HomePath(number) + "index.html",
            Inputs("home.html", common, [total, .. onPage, .. featured]),
            diagnostics =>
            {
                var pager = new PagerView(
                    number,
                    total,
                    number > 1 ? _urls.Relative(SiteUrls.HomePath(number - 1)) : null,
                    number < total ? _urls.Relative(SiteUrls.HomePath(number + 1)) : null
                );
                var title = number == 1 ? _site.Show.Title : $"{_site.Show.Title} (page {number})";
                return Page(
                    SiteUrls.HomePath(number) + "index.html",
                    "home.html",
                    title,
                    new HomePageView(onPage.Select(View).ToList(), pager, featured.Select(View).ToList()),
                    diagnostics,
                    meta: Meta(SiteUrls.HomePath(number), "website", jsonLd: number == 1 ? JsonLd.Series(_site.Show, _urls) : null)
                );
            }
        );
    }

    /// <summary>An episode's page.</summary>
    /// <param name="notes">Its notes, when the caller parsed them once for the page and the feed item alike.</param>
    public OutputFile? EpisodePage(Episode episode, ShowNotes? notes, DiagnosticBag diagnostics)
    {
        // Its view goes with the page, rendered notes and all: no view is kept for the rest of the build.
        var view = _views.Episode(episode, notes);
        var banner = _markUnpublished && (episode.Draft || episode.Scheduled);
        var meta = Meta(SiteUrls.EpisodePath(episode), "article", episode.Image, episode.Audio, JsonLd.Episode(episode, _site.Show, _urls)) with
        {
            OembedUrl = episode.Audio is not null && _theme.Layouts.ContainsKey(EmbedLayout) ? _urls.AbsoluteUri(OEmbed.JsonPath(episode)) : null,
        };
        return Page(
            SiteUrls.EpisodePath(episode) + "index.html",
            "episode.html",
            $"{episode.FullTitle} · {_site.Show.Title}",
            view,
            diagnostics,
            banner,
            episode.Summary,
            meta
        );
    }

    public const string EmbedLayout = "embed.html";

    public const string FeedStylesheet = "feed.xsl";

    private OutputFile? FeedStylesheetFile(DiagnosticBag diagnostics)
    {
        var xsl = _templates.Render(FeedStylesheet, _site.Show.Title, _siteDescription, null, Meta("", "website"), diagnostics, framed: false);
        return xsl is null ? null : new GeneratedFile(FeedStylesheet, xsl);
    }

    private ResponsiveImage? ArtOf(Episode episode) => _images.GetValueOrDefault(episode.Image ?? _site.Show.Image);

    private OutputFile? EmbedPage(Episode episode, DiagnosticBag diagnostics)
    {
        var path = OEmbed.EmbedPath(episode);
        var html = _templates.Render(
            EmbedLayout,
            $"{episode.FullTitle} · {_site.Show.Title}",
            episode.Summary,
            View(episode),
            Meta(SiteUrls.EpisodePath(episode), "article", episode.Image, episode.Audio),
            diagnostics,
            framed: false
        );
        return html is null ? null : new GeneratedFile(path + "index.html", html);
    }

    private OutputFile? TranscriptPage(Episode episode, DiagnosticBag diagnostics)
    {
        var view = View(episode);
        string? previous = null;
        var cues = _views
            .CuesOf(episode)!
            .Select(c =>
            {
                var seconds = DurationText.WholeSeconds(c.Start);
                var speaker = c.Speaker == previous ? null : c.Speaker;
                previous = c.Speaker;
                return new CueView(DurationText.Format(c.Start), seconds, speaker, c.Text, $"{view.Url}#t={seconds}");
            })
            .ToList();
        var path = ViewBuilder.TranscriptPath(episode);
        return Page(
            path + "index.html",
            "transcript.html",
            $"{String("transcript")}: {episode.FullTitle} · {_site.Show.Title}",
            new TranscriptPageView(view, cues),
            diagnostics,
            description: episode.Summary,
            meta: Meta(path, "article", episode.Image)
        );
    }

    private PageMetaView Meta(string path, string type, string? image = null, Model.Audio? audio = null, string? jsonLd = null) =>
        new(
            _urls.AbsoluteUri(path),
            type,
            _urls.AbsoluteUri(image ?? _site.Show.Image),
            audio is null ? null : JsonLd.MediaUrl(audio, _site.Show),
            audio?.MimeType,
            jsonLd
        );

    private OutputFile? GuestPage(Guest guest, DiagnosticBag diagnostics)
    {
        var page = new GuestPageView(_views.Person(guest.Person), guest.Episodes.Select(View).ToList());
        return Page(SiteUrls.GuestPath(guest.Person) + "index.html", "guest.html", $"{guest.Person.Name} · {_site.Show.Title}", page, diagnostics);
    }

    private OutputFile? Page(
        string path,
        string layout,
        string title,
        ITemplateView? page,
        DiagnosticBag diagnostics,
        bool banner = false,
        string? description = null,
        PageMetaView? meta = null
    )
    {
        meta ??= Meta(path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path, "website");
        var html = _templates.Render(layout, title, description ?? _siteDescription, page, meta, diagnostics, banner);
        return html is null ? null : new GeneratedFile(path, html);
    }
}
