using PodcastSite.Model;

namespace PodcastSite.Preview;

/// <summary>
/// An episode file saved again: its episode before and after. Most saves change the notes, a title or a summary, which
/// the episode's own pages and the lists that show it (home, guests) must show again, and nothing else.
/// </summary>
public sealed record EpisodeEdit(Episode Old, Episode New)
{
    /// <summary>
    /// Whether the edit leaves the rest of the site as it was: its place in the list (date, number, slug), whether it
    /// is published, what the checks across episodes compare (slug, guid, number, audio address), its guests (their
    /// pages and counts), the pictures and transcript the build reads for it, and which of its own files exist.
    /// </summary>
    public bool KeepsItsPlace =>
        Old.SourcePath == New.SourcePath
        && Old.Slug == New.Slug
        && Old.Date == New.Date
        && Old.Date.Offset == New.Date.Offset
        && Old.Number == New.Number
        && Old.Season == New.Season
        && Old.Type == New.Type
        && Old.Guid == New.Guid
        && Old.Draft == New.Draft
        && Old.Scheduled == New.Scheduled
        && Old.Featured == New.Featured
        && Old.Image == New.Image
        && Old.Audio?.Url.AbsoluteUri == New.Audio?.Url.AbsoluteUri
        && Old.LocalTranscript?.Location == New.LocalTranscript?.Location
        && Old.Chapters.Count > 0 == New.Chapters.Count > 0
        && Old.Guests.SequenceEqual(New.Guests)
        && Old.Hosts.Select(h => h.Image).SequenceEqual(New.Hosts.Select(h => h.Image));

    /// <summary>
    /// The site with each edited episode in its old one's place, in the list and in its guests' lists: what
    /// <see cref="Content.SiteParser.Assemble"/> would make of the new episodes, when every edit keeps its place.
    /// </summary>
    public static Site Apply(Site site, IReadOnlyCollection<EpisodeEdit> edits)
    {
        var replacement = new Dictionary<Episode, Episode>(ReferenceEqualityComparer.Instance);
        foreach (var edit in edits)
            replacement[edit.Old] = edit.New;
        Episode Replace(Episode episode) => replacement.GetValueOrDefault(episode) ?? episode;
        var guests = site.Guests.Select(g => g.Episodes.Any(replacement.ContainsKey) ? g with { Episodes = g.Episodes.Select(Replace).ToList() } : g).ToList();
        return site with { Episodes = site.Episodes.Select(Replace).ToList(), Guests = guests };
    }
}
