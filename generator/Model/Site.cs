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
)
{
    /// <summary>
    /// The media under <c>input/</c> (audio, video, transcripts) of the episodes this build leaves out that no published
    /// episode uses: not published, so a scheduled episode cannot be heard before its date at an address anyone could guess.
    /// </summary>
    public IReadOnlySet<string> WithheldMedia { get; init; } = new HashSet<string>();
}
