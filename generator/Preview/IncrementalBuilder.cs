using System.Diagnostics;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Feed;
using PodcastSite.Images;
using PodcastSite.Model;
using PodcastSite.Notes;
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

    // The date of the soonest episode parsed as scheduled: until then, no parse is out of date with the time, and a save
    // need not look at every episode to know it.
    private DateTimeOffset _nextPublication = DateTimeOffset.MaxValue;
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
            _good = null;
            throw;
        }
    }

    private PreviewBuild BuildAfter(SourceChanges? changes)
    {
        var clock = Stopwatch.StartNew();
        var buildOptions = options() with { MarkUnpublished = true };
        var input = _input = FolderRefresh.Reload(_input, inputDirectory, changes);
        if (_good is { } good && changes is not null && EditedEpisodes(good, changes, input, buildOptions) is { } edits)
            return BuildEdited(good, edits, clock);
        _good = null;

        var themeFolder = BuiltInTheme.Over(themeDirectory);
        // Everything but what the episodes' own parsing and the pages report: what a later edit of episodes keeps.
        var diagnostics = new DiagnosticBag();
        input.ReportProblems(diagnostics);
        themeFolder.ReportProblems(diagnostics);

        var theme = ParseTheme(themeFolder);
        var show = ParseShow(input, buildOptions);
        foreach (var d in theme.Diagnostics.Concat(show.Diagnostics))
            diagnostics.Report(d);
        if (theme.Theme is null || show.Show is null)
            return Remember(Failed(diagnostics.ToSortedList(), clock, show.Show));

        var episodes = ParseEpisodes(input, show.Show, buildOptions);
        var site = SiteParser.Assemble(
            show.Show,
            episodes.Select(e => e.Episode).OfType<Episode>().ToList(),
            PageParser.ParseAll(input, diagnostics),
            buildOptions,
            diagnostics
        );
        if (diagnostics.HasErrors || episodes.Any(e => e.Diagnostics.Any(d => d.Severity == Severity.Error)))
            return Remember(Failed(Sorted(diagnostics.ToSortedList(), EpisodeDiagnostics()), clock, show.Show));

        var transcripts = Transcripts.TranscriptReader.ReadAll(site, input, diagnostics);
        var images = ResizeImages(site, input, diagnostics);
        var pictures = images.ToDictionary(i => i.Key, i => i.Value.Image);
        var renderer = new SiteRenderer(site, theme.Theme, themeFolder.DisplayRoot, markUnpublished: true, transcripts, pictures);
        var files = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var file in images.Values.SelectMany(i => i.Files))
            files[file.Path] = file;
        foreach (var file in SiteBuilder.CopiedFiles(input, theme.Theme, site))
            files[file.Path] = file;
        var rendering = new DiagnosticBag();
        var pages = renderer.RenderPages(rendering, _renderCache);
        foreach (var page in pages)
            files[page.Path] = page;
        files[Sitemap.Path] = DeferredFiles.Sitemap(site.Show, pages.Select(p => p.Path).ToList());
        if (SiteBuilder.RobotsFile(site, theme.Theme) is { } robots)
            files[robots.Path] = robots;
        foreach (var chapters in site.Episodes.Select(e => DeferredFiles.Chapters(e, site.Show)).OfType<DeferredFile>())
            files[chapters.Path] = chapters;
        foreach (var file in DeferredFiles.OfEpisodes(site, theme.Theme))
            files[file.Path] = file;
        var stable = diagnostics.ToSortedList();
        var all = Sorted(stable, EpisodeDiagnostics(), rendering.ToSortedList());
        if (all.Any(d => d.Severity == Severity.Error))
            return Remember(Failed(all, clock, site.Show));
        var build = Remember(new PreviewBuild(0, files, all, site.Show.BasePath, site.Show.FeedPath, clock.Elapsed));
        _good = new GoodBuild(buildOptions, theme.Theme, themeFolder.DisplayRoot, site, transcripts, pictures, stable, build);
        return build;
    }

    /// <summary>What the last build that succeeded was made from, for a rebuild after an edit that keeps the site's shape.</summary>
    private sealed record GoodBuild(
        BuildOptions Options,
        Theme Theme,
        string ThemeDisplayRoot,
        Site Site,
        IReadOnlyDictionary<string, IReadOnlyList<Transcripts.TranscriptCue>> Transcripts,
        IReadOnlyDictionary<string, ResponsiveImage> Pictures,
        IReadOnlyList<Diagnostic> Stable,
        PreviewBuild Build
    );

    private GoodBuild? _good;

    /// <summary>
    /// The edits, when the watcher saw only episode files saved again, each parsing without errors and keeping its place
    /// (<see cref="EpisodeEdit.KeepsItsPlace"/>); null when anything else changed, and the whole site is built again.
    /// </summary>
    private List<EpisodeEdit>? EditedEpisodes(GoodBuild good, SourceChanges changes, SourceFolder input, BuildOptions buildOptions)
    {
        if (changes.Unknown || changes.Touches(themeDirectory) || buildOptions with { Now = good.Options.Now } != good.Options)
            return null;
        // A scheduled episode whose hour came leaves its place (its banner, the feed): the whole site is built again.
        if (buildOptions.Now >= _nextPublication)
            return null;
        var edits = new List<EpisodeEdit>();
        foreach (var path in changes.Under(inputDirectory))
        {
            if (input.Find(path) is not { } file || !SiteParser.IsEpisodeFile(file) || _episodes.GetValueOrDefault(path)?.Episode is not { } before)
                return null;
            var after = ParseEpisode(file, good.Site.Show, input, buildOptions);
            _episodes[path] = after;
            if (after.Episode is null || after.Diagnostics.Any(d => d.Severity == Severity.Error))
                return null;
            var edit = new EpisodeEdit(before, after.Episode);
            if (!edit.KeepsItsPlace)
                return null;
            if (!ReferenceEquals(before, after.Episode))
                edits.Add(edit);
        }
        return edits;
    }

    /// <summary>The last build with the edited episodes in their places, and only the pages that show them rendered again.</summary>
    private PreviewBuild BuildEdited(GoodBuild good, IReadOnlyCollection<EpisodeEdit> edits, Stopwatch clock)
    {
        var site = EpisodeEdit.Apply(good.Site, edits);
        var renderer = new SiteRenderer(site, good.Theme, good.ThemeDisplayRoot, markUnpublished: true, good.Transcripts, good.Pictures);
        var rendering = new DiagnosticBag();
        var pages = renderer.RenderPagesShowing(edits.Select(e => e.New).ToList(), rendering, _renderCache);
        var files = new Dictionary<string, OutputFile>(good.Build.Files, StringComparer.Ordinal);
        var changed = false;
        foreach (var page in pages)
        {
            changed |= !ReferenceEquals(files[page.Path], page);
            files[page.Path] = page;
        }
        foreach (var chapters in edits.Select(e => DeferredFiles.Chapters(e.New, site.Show)).OfType<DeferredFile>())
            files[chapters.Path] = chapters;
        foreach (var file in DeferredFiles.OfEpisodes(site, good.Theme))
            files[file.Path] = file;
        var all = Sorted(good.Stable, EpisodeDiagnostics(), rendering.ToSortedList());
        if (all.Any(d => d.Severity == Severity.Error))
        {
            _good = null;
            return Remember(Failed(all, clock, site.Show));
        }
        changed |= !all.SequenceEqual(good.Build.Diagnostics);
        var build = Number(new PreviewBuild(0, files, all, site.Show.BasePath, site.Show.FeedPath, clock.Elapsed), changed);
        _good = good with { Site = site, Build = build };
        return build;
    }

    private IEnumerable<Diagnostic> EpisodeDiagnostics() => _episodes.Values.SelectMany(e => e.Diagnostics);

    private static IReadOnlyList<Diagnostic> Sorted(params IEnumerable<Diagnostic>[] parts)
    {
        var bag = new DiagnosticBag();
        foreach (var d in parts.SelectMany(p => p))
            bag.Report(d);
        return bag.ToSortedList();
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
    private PreviewBuild Remember(PreviewBuild build) => Number(build, _last is null || !SameOutput(_last, build));

    private PreviewBuild Number(PreviewBuild build, bool changed)
    {
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
        var stale = files
            .Where(f =>
                !_episodes.TryGetValue(f.Path, out var cached)
                || cached.Length != f.Length
                || cached.Modified != f.LastWriteUtc
                || !CurrentAt(cached, buildOptions.Now)
            )
            .ToList();
        var parsed = stale.AsParallel().Select(file => (file, ParseEpisode(file, show, input, buildOptions))).ToList();
        foreach (var (file, result) in parsed)
            _episodes[file.Path] = result;
        var present = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _episodes.Keys.Where(k => !present.Contains(k)).ToList())
            _episodes.Remove(gone);
        _nextPublication = _episodes
            .Values.Select(parsed => parsed.Episode)
            .Where(episode => episode is { Scheduled: true })
            .Select(episode => episode!.Date)
            .DefaultIfEmpty(DateTimeOffset.MaxValue)
            .Min();
        return files.Select(f => _episodes[f.Path]).ToList();
    }

    private ParsedFile ParseEpisode(SourceFile file, Show show, SourceFolder input, BuildOptions buildOptions)
    {
        var diagnostics = new DiagnosticBag();
        var text = file.ReadText(diagnostics);
        // A file saved without a change keeps its episode object, and so every page made from it.
        if (text is not null && _episodes.TryGetValue(file.Path, out var cached) && cached.Text == text && CurrentAt(cached, buildOptions.Now))
            return cached with { Length = file.Length, Modified = file.LastWriteUtc };
        var episode = text is null ? null : new EpisodeParser(show, input, probe, buildOptions, diagnostics).Parse(file, text);
        // Kept with the episode's other problems, since a rebuild renders only the pages an edit changed.
        if (episode is not null)
            NotesChecks.Report(episode, ShowNotes.Of(episode), diagnostics);
        return new ParsedFile(file.Length, file.LastWriteUtc, text ?? "", episode, diagnostics.ToSortedList());
    }

    /// <summary>
    /// Whether an episode parsed earlier is still scheduled, or not, as a parse now would make it: a parse depends on
    /// the time. Before the soonest scheduled date every parse is, and no episode needs looking at.
    /// </summary>
    private bool CurrentAt(ParsedFile parsed, DateTimeOffset now) =>
        now < _nextPublication || parsed.Episode is not { } episode || episode.Scheduled == episode.Date > now;

    /// <summary>A build with errors, served as the error page at the show's own address once podcast.yml gives it.</summary>
    private static PreviewBuild Failed(IReadOnlyList<Diagnostic> diagnostics, Stopwatch clock, Show? show) =>
        new(0, new Dictionary<string, OutputFile>(), diagnostics, show?.BasePath ?? "/", show?.FeedPath ?? "feed.xml", clock.Elapsed);

    private static string Fingerprint(IEnumerable<SourceFile> files) => string.Join('|', files.Select(f => $"{f.Path}:{f.Length}:{f.LastWriteUtc.Ticks}"));
}
