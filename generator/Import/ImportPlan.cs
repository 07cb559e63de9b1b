using System.Globalization;
using PodcastSite.Scaffold;

namespace PodcastSite.Import;

/// <summary>An item of the old feed the show does not have yet, and the file it goes to (<c>episodes/2026-01-15-slug.md</c>).</summary>
public sealed record PlannedEpisode(ImportedEpisode Episode, string Slug, string Path);

/// <summary>
/// What an import adds: the items whose guid no episode of the show has yet, each with a file name of its own. Names
/// are given oldest first, so the same feed always gives the same names, and an episode that repeats an older one's
/// title gets `-2`, as `new` does.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<PlannedEpisode> NewEpisodes, int AlreadyThere)
{
    public static ImportPlan Make(ImportedShow show, ExistingEpisodes existing)
    {
        var taken = new HashSet<string>(existing.Slugs, StringComparer.Ordinal);
        var fresh = show
            .Episodes.Select((episode, index) => (Episode: episode, Index: index))
            .Where(e => !existing.Guids.Contains(e.Episode.Guid))
            .OrderBy(e => e.Episode.Date)
            .ThenByDescending(e => e.Index)
            .Select(e =>
            {
                var slug = new ExistingEpisodes(taken, [], []).FreeSlug(SlugOf(e.Episode.Title));
                taken.Add(slug);
                var date = e.Episode.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return new PlannedEpisode(e.Episode, slug, $"episodes/{date}-{slug}.md");
            })
            .ToList();
        return new ImportPlan(fresh, show.Episodes.Count - fresh.Count);
    }

    private static string SlugOf(string title) => Text.Slug.FromTitle(title) is { Length: > 0 } slug ? slug : "episode";
}
