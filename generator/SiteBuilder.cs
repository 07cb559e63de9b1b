using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Feed;
using PodcastSite.Images;
using PodcastSite.Model;
using PodcastSite.Notes;
using PodcastSite.Output;
using PodcastSite.Rendering;
using PodcastSite.Transcripts;

namespace PodcastSite;

/// <summary>What a build made: the files of the site (empty when it failed, or when they went to a sink as they were
/// made), how many there were, and every problem found.</summary>
public sealed record BuildResult(Site? Site, IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int FileCount = 0)
{
    public bool Succeeded => Site is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The pipeline between the disk reads and the disk write: parse the input and the theme, render every output file.
/// Values in, values out, so whole sites are built and checked in memory, and `validate` is this without the write.
/// </summary>
public static class SiteBuilder
{
    /// <param name="sink">Where each file goes as soon as it is made (a staging folder, or nowhere for `validate`), so
    /// a large show is never held whole in memory; without one, the result carries every file (tests read them).</param>
    /// <param name="resizer">Makes the smaller copies of the pictures pages show; without one, they are made afresh.</param>
    public static BuildResult Build(
        SourceFolder input,
        SourceFolder theme,
        BuildOptions options,
        IAudioProbe probe,
        IOutputSink? sink = null,
        IImageResizer? resizer = null
    )
    {
        var diagnostics = new DiagnosticBag();
        input.ReportProblems(diagnostics);
        theme.ReportProblems(diagnostics);
        var parsedTheme = ThemeParser.Parse(theme, diagnostics);
        var site = SiteParser.Parse(input, options, probe, diagnostics);
        if (site is null || parsedTheme is null || diagnostics.HasErrors)
        {
            // Nothing is rendered, where the notes are checked otherwise: they are checked here, so one run reports every problem.
            if (site is not null)
                NotesChecks.ReportUnrendered(site.Episodes, diagnostics);
            return new BuildResult(site, [], diagnostics.ToSortedList());
        }

        var transcripts = TranscriptReader.ReadAll(site, input, diagnostics);
        var images = SiteImages.ResizeAll(site, input, resizer ?? new SkiaImageResizer(), diagnostics);
        var renderer = new SiteRenderer(
            site,
            parsedTheme,
            theme.DisplayRoot,
            options.MarkUnpublished,
            transcripts,
            images.ToDictionary(i => i.Key, i => i.Value.Image)
        );
        var kept = new List<OutputFile>();
        // What was made, without the bytes: where each file went and where it came from, for the checks across files.
        var made = new List<OutputFile>();
        void Emit(OutputFile file)
        {
            var entry = file switch
            {
                GeneratedFile generated => generated with { Content = [] },
                StreamedFile streamed => new GeneratedFile(streamed.Path, []),
                _ => file,
            };
            lock (made)
                made.Add(entry);
            if (sink is not null)
                sink.Add(file);
            else
            {
                var entryKept = file is StreamedFile streamed ? new GeneratedFile(streamed.Path, streamed.ToBytes()) : file;
                lock (kept)
                    kept.Add(entryKept);
            }
        }
        void EmitEpisode(Episode episode, ShowNotes notes)
        {
            NotesChecks.Report(episode, notes, diagnostics);
            if (renderer.EpisodePage(episode, notes, diagnostics) is { } page)
                Emit(page);
            if (episode.Chapters.Count > 0)
                Emit(ChaptersFile(episode, site.Show));
        }
        // The search index needs the model only: it is made on another thread meanwhile, not after everything else.
        var searchIndex = Task.Run(() => SearchIndex.Write(site));
        renderer.RenderPages(diagnostics, emit: Emit, episodePages: false);
        // The feed (and its archive pages) parses each episode's notes once, and its page is rendered from them on the way.
        var feed = new PodcastFeed(site, parsedTheme.NotesStrings);
        foreach (var page in feed.Pages)
            Emit(new StreamedFile(page.Path, stream => feed.Write(stream, page, EmitEpisode)));
        var inFeed = feed.Episodes.ToHashSet(ReferenceEqualityComparer.Instance);
        Parallel.ForEach(site.Episodes.Where(e => !inFeed.Contains(e)), episode => EmitEpisode(episode, ShowNotes.Of(episode)));
        foreach (var file in MachineFiles(site, parsedTheme, made.ToList()))
            Emit(file);
        Emit(new GeneratedFile(SearchIndex.Path, searchIndex.Result));
        foreach (var file in images.Values.SelectMany(i => i.Files))
            Emit(file);
        var copied = CopiedFiles(input, parsedTheme, site).ToList();
        foreach (var file in copied)
            Emit(file);
        // A theme's own `_headers` replaces the one the build writes.
        if (!copied.Any(f => f.Path == HostHeaders.Path))
            Emit(new GeneratedFile(HostHeaders.Path, HostHeaders.Write(site)));
        CheckDistinctPaths(made, diagnostics);
        var sorted = diagnostics.ToSortedList();
        return diagnostics.HasErrors
            ? new BuildResult(site, [], sorted, made.Count)
            : new BuildResult(site, kept.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), sorted, made.Count);
    }

    /// <summary>The input's assets (but the media of episodes left out, <see cref="Site.WithheldMedia"/>) and the theme's static files, published as they are.</summary>
    public static IEnumerable<CopiedFile> CopiedFiles(SourceFolder input, Theme theme, Site site) =>
        input
            .Under("assets")
            .Where(f => !site.WithheldMedia.Contains(f.Path))
            .Select(f => new CopiedFile(f.Path, f))
            .Concat(theme.StaticFiles.Select(f => new CopiedFile(f.Path["static/".Length..], f)));

    /// <summary>sitemap.xml, and a robots.txt pointing at it unless the theme ships its own.</summary>
    public static IEnumerable<GeneratedFile> MachineFiles(Site site, Theme theme, IEnumerable<OutputFile> pages)
    {
        yield return new GeneratedFile(Sitemap.Path, Sitemap.Write(site.Show, pages.Select(p => p.Path)));
        if (RobotsFile(site, theme) is { } robots)
            yield return robots;
    }

    public static GeneratedFile? RobotsFile(Site site, Theme theme) =>
        theme.StaticFiles.Any(f => f.Path == "static/" + Sitemap.RobotsPath) ? null : new GeneratedFile(Sitemap.RobotsPath, Sitemap.Robots(site.Show));

    public static GeneratedFile ChaptersFile(Episode episode, Show show)
    {
        var urls = new SiteUrls(show);
        return new GeneratedFile(SiteUrls.EpisodePath(episode) + "chapters.json", ChaptersJson.Write(episode, show, urls.Absolute));
    }

    private static void CheckDistinctPaths(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        // Tens of thousands of paths, nearly always distinct: each is looked up once, and only a clash is looked into.
        var paths = new HashSet<string>(files.Count, StringComparer.OrdinalIgnoreCase);
        var claimedTwice = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
            if (!paths.Add(file.Path))
                claimedTwice.Add(file.Path);
        // A file and a folder cannot share a path either: `feed_path: episodes` against the episode pages.
        var byPath = paths.GetAlternateLookup<ReadOnlySpan<char>>();
        var alsoFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
            for (var slash = file.Path.IndexOf('/'); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
                if (byPath.TryGetValue(file.Path.AsSpan(0, slash), out var folder))
                    alsoFolders.Add(folder);
        foreach (var file in files.Where(f => alsoFolders.Contains(f.Path)))
            diagnostics.Error(
                file is CopiedFile copied ? copied.Source.DisplayPath : file.Path,
                0,
                0,
                $"`{file.Path}` would be both a file and a folder of the site; rename it"
            );
        ReportUnicodeTwins(files, diagnostics);
        if (claimedTwice.Count == 0)
            return;
        foreach (var clash in files.Where(f => claimedTwice.Contains(f.Path)).GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase))
        {
            var sources = clash.Select(f => f is CopiedFile copied ? copied.Source.DisplayPath : "a generated page");
            diagnostics.Error(
                clash.OfType<CopiedFile>().FirstOrDefault()?.Source.DisplayPath ?? clash.Key,
                0,
                0,
                $"two files would be written to `{clash.Key}` ({string.Join(" and ", sources)}); rename one"
            );
        }
    }

    /// <summary>
    /// One name written in two Unicode forms (`é` as one character, or as `e` and a combining accent) is two files here
    /// and one on macOS and on hosts that normalise names, where the second silently replaces the first.
    /// </summary>
    private static void ReportUnicodeTwins(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var twins = files
            .Where(f => !System.Text.Ascii.IsValid(f.Path))
            .GroupBy(f => f.Path.Normalize(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(f => f.Path).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1);
        foreach (var twin in twins)
        {
            var sources = twin.Select(f => f is CopiedFile copied ? copied.Source.DisplayPath : "a generated page").Order(StringComparer.Ordinal);
            diagnostics.Error(
                twin.OfType<CopiedFile>().LastOrDefault()?.Source.DisplayPath ?? twin.Key,
                0,
                0,
                $"`{twin.Key}` is named twice, in two Unicode forms of the same letters ({string.Join(" and ", sources)}); it would be one file on macOS and on many hosts: remove or rename one"
            );
        }
    }
}
