using System.Diagnostics;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Feed;
using PodcastSite.Images;
using PodcastSite.Model;
using PodcastSite.Rendering;

namespace PodcastSite.Preview;

/// <summary>
/// The build pipeline with memory: an episode file that did not change keeps its parsed <see cref="Episode"/>
/// (the very same object), and so does a layout of the theme, so the render cache renders again only the pages
/// that show what changed. A change to podcast.yml starts afresh, since every episode depends on it.
/// </summary>
public sealed class IncrementalBuilder(
    string inputDirectory,
    string themeDirectory,
    Func<BuildOptions> options,
    IAudioProbe probe,
    IImageResizer? resizer = null
)
{
    private readonly IImageResizer _resizer = resizer ?? new SkiaImageResizer();

    // A picture that did not change keeps its copies (the very same files), so a save elsewhere reloads no browser.
    private sealed record ResizedFile(long Length, DateTime Modified, ResizedImage? Resized, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly Dictionary<string, ResizedFile> _images = new(StringComparer.Ordinal);

    private sealed record ParsedFile(long Length, DateTime Modified, string Text, Episode? Episode, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly Dictionary<string, ParsedFile> _episodes = new(StringComparer.Ordinal);
    private readonly RenderCache _renderCache = new();
    private Theme? _theme;
    private (string Fingerprint, Show? Show, IReadOnlyList<Diagnostic> Diagnostics)? _show;
    private int _version;
    private SourceFolder? _input;
    private PreviewBuild? _last;

    public RenderCache RenderCache => _renderCache;

    /// <param name="changes">What the watcher saw since the last build; without it, the folders are walked again.</param>
    public PreviewBuild Build(SourceChanges? changes = null)
    {
        try
        {
            return BuildAfter(changes);
        }
        catch
        {
            // Whatever this build had read may not have been taken in: the next one starts from the disk.
            _input = null;
            throw;
        }
    }

    private PreviewBuild BuildAfter(SourceChanges? changes)
    {
        var clock = Stopwatch.StartNew();
        var buildOptions = options() with { MarkUnpublished = true };
        var input = _input = FolderRefresh.Reload(_input, inputDirectory, changes);
        var themeFolder = BuiltInTheme.Over(themeDirectory);
        var diagnostics = new DiagnosticBag();
        input.ReportProblems(diagnostics);
        themeFolder.ReportProblems(diagnostics);

        var theme = ParseTheme(themeFolder);
        var show = ParseShow(input, buildOptions);
        foreach (var d in theme.Diagnostics.Concat(show.Diagnostics))
            diagnostics.Report(d);
        if (theme.Theme is null || show.Show is null)
            return Remember(Failed(diagnostics, clock));

        var episodes = ParseEpisodes(input, show.Show, buildOptions);
        foreach (var d in episodes.SelectMany(e => e.Diagnostics))
            diagnostics.Report(d);
        var site = SiteParser.Assemble(
            show.Show,
            episodes.Select(e => e.Episode).OfType<Episode>().ToList(),
            PageParser.ParseAll(input, diagnostics),
            buildOptions,
            diagnostics
        );
        if (diagnostics.HasErrors)
            return Remember(Failed(diagnostics, clock));

        var transcripts = Transcripts.TranscriptReader.ReadAll(site, input, diagnostics);
        var images = ResizeImages(site, input, diagnostics);
        var renderer = new SiteRenderer(
            site,
            theme.Theme,
            themeFolder.DisplayRoot,
            markUnpublished: true,
            transcripts,
            images.ToDictionary(i => i.Key, i => i.Value.Image)
        );
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var file in images.Values.SelectMany(i => i.Files))
            files[file.Path] = file;
        foreach (var file in SiteBuilder.CopiedFiles(input, theme.Theme))
            files[file.Path] = file;
        var pages = renderer.RenderPages(diagnostics, _renderCache);
        foreach (var page in pages)
            files[page.Path] = page;
        // The feed of a large show takes longer to write than everything else a small edit changes; it is
        // written when asked for, and kept until the next change. So are the search index, the sitemap and the
        // chapters files: together they took half of a 10,000-episode rebuild. What they show is on the pages too, so
        // a change to them still reloads the browser.
        var pagePaths = pages.Select(p => p.Path).ToList();
        files[Sitemap.Path] = new DeferredFile(Sitemap.Path, () => Sitemap.Write(site.Show, pagePaths));
        if (SiteBuilder.RobotsFile(site, theme.Theme) is { } robots)
            files[robots.Path] = robots;
        foreach (var episode in site.Episodes.Where(e => e.Chapters.Count > 0))
        {
            var path = SiteUrls.EpisodePath(episode) + "chapters.json";
            files[path] = new DeferredFile(path, () => SiteBuilder.ChaptersFile(episode, site.Show).Content);
        }
        var feed = new PodcastFeed(site, theme.Theme.NotesStrings);
        // Without `feed_limit` the feed is one file, known without putting every episode in feed order first.
        if (site.Show.FeedLimit is null)
            files[site.Show.FeedPath] = new DeferredFile(site.Show.FeedPath, feed.Write);
        else
            foreach (var page in feed.Pages)
                files[page.Path] = new DeferredFile(page.Path, () => feed.Write(page));
        files[SearchIndex.Path] = new DeferredFile(SearchIndex.Path, () => SearchIndex.Write(site));
        if (diagnostics.HasErrors)
            return Remember(Failed(diagnostics, clock));
        return Remember(new PreviewBuild(0, files, diagnostics.ToSortedList(), site.Show.BasePath, site.Show.FeedPath, clock.Elapsed));
    }

    private Dictionary<string, ResizedImage> ResizeImages(Site site, SourceFolder input, DiagnosticBag diagnostics)
    {
        var resized = new Dictionary<string, ResizedImage>(StringComparer.Ordinal);
        foreach (var file in SiteImages.Sources(site, input))
        {
            if (!_images.TryGetValue(file.Path, out var cached) || cached.Length != file.Length || cached.Modified != file.LastWriteUtc)
            {
                var own = new DiagnosticBag();
                _images[file.Path] = cached = new ResizedFile(file.Length, file.LastWriteUtc, SiteImages.Resize(file, _resizer, own), own.ToSortedList());
            }
            foreach (var d in cached.Diagnostics)
                diagnostics.Report(d);
            if (cached.Resized is { } image)
                resized[file.Path] = image;
        }
        return resized;
    }

    /// <summary>
    /// Numbers the build, with a new number only when what it serves changed: a save that changed nothing
    /// (an editor touching a file, a temporary file) reloads no browser.
    /// </summary>
    private PreviewBuild Remember(PreviewBuild build)
    {
        var changed = _last is null || !SameOutput(_last, build);
        var numbered = build with { Version = changed ? ++_version : _version, Changed = changed };
        _last = numbered;
        return numbered;
    }

    private static bool SameOutput(PreviewBuild before, PreviewBuild after)
    {
        if (before.Files.Count != after.Files.Count || !before.Diagnostics.SequenceEqual(after.Diagnostics))
            return false;
        foreach (var (path, file) in after.Files)
        {
            if (!before.Files.TryGetValue(path, out var old))
                return false;
            var same = (old, file) switch
            {
                (CopiedFile a, CopiedFile b) => a.Source.Length == b.Source.Length && a.Source.LastWriteUtc == b.Source.LastWriteUtc,
                (DeferredFile, DeferredFile) => true, // made from the same pages' inputs, which are compared one by one
                // Small files made anew on every build (robots.txt): the same bytes are the same file.
                (GeneratedFile a, GeneratedFile b) => ReferenceEquals(a, b) || a.Content.AsSpan().SequenceEqual(b.Content),
                _ => ReferenceEquals(old, file),
            };
            if (!same)
                return false;
        }
        return true;
    }

    /// <summary>The theme, keeping the objects of every layout whose text did not change (so their pages are not rendered again).</summary>
    private (Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics) ParseTheme(SourceFolder folder)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeParser.Parse(folder, diagnostics, _theme);
        if (theme is not null)
            _theme = theme;
        return (theme, diagnostics.ToSortedList());
    }

    private (Show? Show, IReadOnlyList<Diagnostic> Diagnostics) ParseShow(SourceFolder input, BuildOptions buildOptions)
    {
        var file = input.Find(ShowParser.FileName);
        var fingerprint = file is null ? "" : Fingerprint([file]);
        if (_show is { } cached && cached.Fingerprint == fingerprint)
            return (cached.Show, cached.Diagnostics);
        var diagnostics = new DiagnosticBag();
        var show = SiteParser.ParseShow(input, buildOptions, diagnostics);
        _show = (fingerprint, show, diagnostics.ToSortedList());
        _episodes.Clear(); // every episode depends on the show (title template, base URL, hosts)
        return (show, _show.Value.Diagnostics);
    }

    private List<ParsedFile> ParseEpisodes(SourceFolder input, Show show, BuildOptions buildOptions)
    {
        var files = SiteParser.EpisodeFiles(input);
        var stale = files.Where(f => !_episodes.TryGetValue(f.Path, out var cached) || cached.Length != f.Length || cached.Modified != f.LastWriteUtc).ToList();
        var parsed = stale
            .AsParallel()
            .Select(file =>
            {
                var diagnostics = new DiagnosticBag();
                var text = file.ReadText(diagnostics);
                // A file saved without a change keeps its episode object, and so every page made from it.
                if (text is not null && _episodes.TryGetValue(file.Path, out var cached) && cached.Text == text)
                    return (file, cached with { Length = file.Length, Modified = file.LastWriteUtc });
                var episode = text is null ? null : new EpisodeParser(show, input, probe, buildOptions, diagnostics).Parse(file, text);
                return (file, new ParsedFile(file.Length, file.LastWriteUtc, text ?? "", episode, diagnostics.ToSortedList()));
            })
            .ToList();
        foreach (var (file, result) in parsed)
            _episodes[file.Path] = result;
        var present = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _episodes.Keys.Where(k => !present.Contains(k)).ToList())
            _episodes.Remove(gone);
        return files.Select(f => _episodes[f.Path]).ToList();
    }

    private static PreviewBuild Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(0, new Dictionary<string, OutputFile>(), diagnostics.ToSortedList(), "/", "feed.xml", clock.Elapsed);

    private static string Fingerprint(IEnumerable<SourceFile> files) => string.Join('|', files.Select(f => $"{f.Path}:{f.Length}:{f.LastWriteUtc.Ticks}"));
}
