namespace PodcastSite.Model;

/// <summary>
/// The whole show after parsing: the episodes that this build publishes, newest first,
/// and every guest who appears in them, with their episodes.
/// </summary>
public sealed record Site(Show Show, IReadOnlyList<Episode> Episodes, IReadOnlyList<Guest> Guests);

public sealed record Guest(Person Person, IReadOnlyList<Episode> Episodes);
