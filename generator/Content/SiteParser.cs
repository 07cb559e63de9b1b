using PodcastSite.Audio;
using PodcastSite.Diagnostics;
using PodcastSite.Model;
using PodcastSite.Notes;

namespace PodcastSite.Content;

/// <summary>Parse: the input folder into the <see cref="Site"/> this build publishes, with every problem found.</summary>
public static class SiteParser
{
    public static Site? Parse(SourceFolder input, BuildOptions options, IAudioProbe probe, DiagnosticBag diagnostics)
    {
        var show = ParseShow(input, options, diagnostics);
        if (show is null)
            return null;
        var files = EpisodeFiles(input);
        var parser = new EpisodeParser(show, input, probe, options, diagnostics) { BodiesStayInFiles = files.Sum(f => f.Length) > options.HeldBodyBytes };
        var episodes = files.AsParallel().AsOrdered().Select(parser.Parse).OfType<Episode>().ToList();
        if (files.Count == 0)
            diagnostics.Warning(input.DisplayPathOf("episodes"), 0, 0, "no episodes yet; add a Markdown file per episode to this folder");
        var site = Assemble(show, episodes, PageParser.ParseAll(input, diagnostics), options, diagnostics);
        // A published episode's notes are checked where they are parsed to be rendered (SiteBuilder); one this build
        // leaves out (a draft, a scheduled episode) is never rendered, and its notes are checked here.
        var published = site.Episodes.ToHashSet(ReferenceEqualityComparer.Instance);
        NotesChecks.ReportUnrendered(episodes.Where(e => !published.Contains(e)), diagnostics);
        return site;
    }

    public static Show? ParseShow(SourceFolder input, BuildOptions options, DiagnosticBag diagnostics)
    {
        var show = ShowParser.Parse(input, diagnostics);
        if (show is null || options.BaseUrlOverride is not { } baseUrl)
            return show;
        return show with { BaseUrl = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/") };
    }

    public static IReadOnlyList<SourceFile> EpisodeFiles(SourceFolder input) => input.Under("episodes").Where(IsEpisodeFile).ToList();

    /// <summary>A Markdown file under episodes/, but a README.md there, which is the podcaster's note on the folder.</summary>
    public static bool IsEpisodeFile(SourceFile file) =>
        file.Path.StartsWith("episodes/", StringComparison.Ordinal)
        && file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        && !Path.GetFileName(file.Path).Equals("README.md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The checks across episodes, the published selection in order, and the guest index.</summary>
    public static Site Assemble(Show show, IReadOnlyList<Episode> parsed, IReadOnlyList<Page> pages, BuildOptions options, DiagnosticBag diagnostics)
    {
        var published = parsed
            .Where(e => (!e.Draft || options.IncludeDrafts) && (!e.Scheduled || options.IncludeFuture))
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.Number ?? 0)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
        // A slug from the file name has no line to point at: the error says where a slug of its own goes.
        CheckUnique(parsed, e => e.Slug, "slug", "slug", diagnostics, unwrittenFix: "add a `slug:` line, or rename the file");
        CheckUnique(parsed, e => e.Guid, "guid", "guid", diagnostics);
        CheckUnique(
            parsed.Where(e => e.Number is not null && e.Type == EpisodeType.Full),
            e => e.Season is null ? $"{e.Number}" : $"{e.Number} of season {e.Season}",
            "number",
            "number",
            diagnostics
        );
        CheckUnique(
            published.Where(e => e.Audio is not null),
            e => e.Audio!.Url.AbsoluteUri,
            "audio URL (Apple ignores an episode whose enclosure another one has)",
            "audio",
            diagnostics
        );
        if (show.Type == ShowType.Serial)
        {
            foreach (var episode in published.Where(e => e.Type == EpisodeType.Full && e.Number is null))
                diagnostics.Error(episode.PositionOf("number"), "a serial show needs `number:` on every full episode, so apps can play them in order");
        }
        var draftsLeftOut = options.IncludeDrafts ? 0 : parsed.Count(e => e.Draft);
        var scheduledLeftOut = options.IncludeFuture ? 0 : parsed.Count(e => e.Scheduled && (!e.Draft || options.IncludeDrafts));
        var publishedMedia = published.SelectMany(e => e.LocalMediaPaths()).ToHashSet(StringComparer.Ordinal);
        var withheld = parsed
            .Except(published, ReferenceEqualityComparer.Instance)
            .Cast<Episode>()
            .SelectMany(e => e.LocalMediaPaths())
            .Where(path => !publishedMedia.Contains(path))
            .ToHashSet(StringComparer.Ordinal);
        return new Site(show, published, GuestsOf(published, diagnostics), pages, draftsLeftOut, scheduledLeftOut) { WithheldMedia = withheld };
    }

    /// <summary>One guest per distinct name, with their episodes newest first; two names with one slug would share a page.</summary>
    private static List<Guest> GuestsOf(IReadOnlyList<Episode> episodes, DiagnosticBag diagnostics)
    {
        var byName = new Dictionary<string, (Person Person, List<Episode> Episodes)>(StringComparer.Ordinal);
        foreach (var episode in episodes)
        {
            foreach (var person in episode.Guests)
            {
                if (!byName.TryGetValue(person.Name, out var entry))
                    byName[person.Name] = entry = (person, []);
                else if (
                    (entry.Person.Url is null && person.Url is not null)
                    || (entry.Person.Image is null && person.Image is not null)
                    || (entry.Person.BioMarkdown is null && person.BioMarkdown is not null)
                )
                    byName[person.Name] = entry = (
                        entry.Person with
                        {
                            Url = entry.Person.Url ?? person.Url,
                            Image = entry.Person.Image ?? person.Image,
                            BioMarkdown = entry.Person.BioMarkdown ?? person.BioMarkdown,
                        },
                        entry.Episodes
                    );
                entry.Episodes.Add(episode);
            }
        }
        foreach (var clash in byName.Values.GroupBy(g => g.Person.Slug).Where(g => g.Count() > 1))
        {
            var names = clash.Select(g => $"`{g.Person.Name}` ({g.Episodes[0].SourcePath})");
            // Names that look the same may differ only in how an accent is encoded, which no one can see.
            var unicodeForms =
                clash.Select(g => g.Person.Name.Normalize()).Distinct(StringComparer.Ordinal).Count() == 1
                    ? ", written in two Unicode forms of the same letters"
                    : "";
            diagnostics.Error(
                clash.Last().Episodes[0].PositionOf("guest"),
                $"guests {string.Join(" and ", names)}{unicodeForms} would share the page /guests/{clash.Key}/; spell the names alike or apart"
            );
        }
        return byName.Values.Select(g => new Guest(g.Person, g.Episodes)).OrderBy(g => g.Person.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Reports each episode that repeats a value of another, at the key that holds it, naming the one that keeps it:
    /// the first in file order among those already out. Listeners' apps hold a published episode's number and guid,
    /// so a draft or scheduled episode that repeats one is the one to change, wherever its file sorts.
    /// </summary>
    /// <param name="unwrittenFix">What to do, when the clashing value is not written in the file but made from elsewhere.</param>
    private static void CheckUnique(
        IEnumerable<Episode> episodes,
        Func<Episode, string> value,
        string what,
        string frontMatterKey,
        DiagnosticBag diagnostics,
        string? unwrittenFix = null
    )
    {
        // Clashes are found with one set and only they are grouped and put in file order: sorting and grouping every
        // episode of a large show cost a preview rebuild more than anything else in this stage.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clashing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var episode in episodes)
        {
            var key = value(episode);
            if (!seen.Add(key))
                clashing.Add(key);
        }
        if (clashing.Count == 0)
            return;
        foreach (var group in episodes.Where(e => clashing.Contains(value(e))).GroupBy(value))
        {
            var keeperFirst = group.OrderBy(e => e.Draft || e.Scheduled).ThenBy(e => e.SourcePath, StringComparer.Ordinal).ToList();
            var first = keeperFirst[0].PositionOf(frontMatterKey);
            foreach (var other in keeperFirst.Skip(1))
                diagnostics.Error(
                    other.PositionOf(frontMatterKey),
                    $"same {what} `{group.Key}` as {first.Path}({first.Line},{first.Column}); each episode needs its own"
                        + (unwrittenFix is null || other.KeyPositions.ContainsKey(frontMatterKey) ? "" : $": {unwrittenFix}")
                );
        }
    }
}
