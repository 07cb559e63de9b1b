namespace PodcastSite.Model;

/// <summary>
/// The whole show after parsing: the episodes that this build publishes, newest first,
/// every guest who appears in them, with their episodes, and the free pages; and how many drafts and
/// scheduled episodes this build leaves out.
/// </summary>
public sealed record Site(
    Show Show,
    IReadOnlyList<Episode> Episodes,
    IReadOnlyList<Guest> Guests,
    IReadOnlyList<Page> Pages,
    int DraftsLeftOut = 0,
    int ScheduledLeftOut = 0
);
