namespace PodcastSite.Model;

/// <summary>
/// One episode file, checked and typed. <see cref="Title"/> is as written; <see cref="FullTitle"/> applies the show's title template.
/// <see cref="GuidIsPermaLink"/> is null unless written (the feed then says true only for a guid that is the page's address);
/// <see cref="Image"/> is a path under <c>input/</c> or an address elsewhere; <see cref="ChaptersUrl"/> is a chapters file
/// elsewhere, which the feed points at instead of the one it makes from <see cref="Chapters"/>.
/// The <see cref="Body"/> is kept as text and parsed where it is rendered (<see cref="Notes.ShowNotes.Of"/>): the Markdown
/// trees of a 10,000-episode show would take more memory than the rest of the model together.
/// <see cref="BodyIsHtml"/> marks notes kept as the HTML an old host published (`notes_html`), never read as Markdown.
/// </summary>
public sealed record Episode(
    string SourcePath,
    string Slug,
    string Title,
    string FullTitle,
    DateTimeOffset Date,
    int? Number,
    int? Season,
    EpisodeType Type,
    string Guid,
    bool? GuidIsPermaLink,
    Audio? Audio,
    string? Image,
    bool Explicit,
    bool Block,
    string Summary,
    IReadOnlyList<Person> Guests,
    IReadOnlyList<Person> Hosts,
    IReadOnlyList<Link> Links,
    Uri? YouTube,
    IReadOnlyList<Sponsor> Sponsors,
    IReadOnlyList<Chapter> Chapters,
    Uri? ChaptersUrl,
    IReadOnlyList<Transcript> Transcripts,
    bool Draft,
    bool Scheduled,
    EpisodeBody Body,
    bool BodyIsHtml,
    IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyDictionary<string, Diagnostics.SourcePosition> KeyPositions
)
{
    /// <summary>The first transcript published with the site (not one left at an old host): the file its transcript page is made from.</summary>
    public Transcript? LocalTranscript => Transcripts.FirstOrDefault(t => !t.IsRemote);

    /// <summary>The line of its file where the notes begin: positions in them are counted from it.</summary>
    public int BodyFirstLine { get; init; } = 1;

    /// <summary>Listed under "start here" on the home page: an episode a newcomer should hear first.</summary>
    public bool Featured { get; init; }

    public IReadOnlyList<AlternateEnclosure> AlternateEnclosures { get; init; } = [];

    public IReadOnlyList<Soundbite> Soundbites { get; init; } = [];

    /// <summary>The episode's own licence and place (podcast:license, podcast:location), where they differ from the show's.</summary>
    public License? License { get; init; }

    public Location? Location { get; init; }

    public IReadOnlyList<SocialInteract> SocialInteracts { get; init; } = [];

    /// <summary>The first video among the alternate enclosures, published with the site: the episode page plays it.</summary>
    public AlternateEnclosure? LocalVideo => AlternateEnclosures.FirstOrDefault(a => a.IsVideo && a.LocalPath is not null);

    /// <summary>This episode's own podcast:value, replacing the show's (a guest who shares the payments, say).</summary>
    public ValueBlock? Value { get; init; }

    /// <summary>The files under <c>input/</c> that are this episode's own media: its audio, video and transcripts.</summary>
    public IEnumerable<string> LocalMediaPaths()
    {
        if (Audio?.LocalPath is { } audio)
            yield return audio;
        foreach (var enclosure in AlternateEnclosures)
            if (enclosure.LocalPath is { } path)
                yield return path;
        foreach (var transcript in Transcripts.Where(t => !t.IsRemote))
            yield return transcript.Location;
    }

    /// <summary>Where the value of a front matter key is written, or the top of the file when it is not (a slug from the file name).</summary>
    public Diagnostics.SourcePosition PositionOf(string key) => KeyPositions.TryGetValue(key, out var at) ? at : new(SourcePath, 1, 1);
}
