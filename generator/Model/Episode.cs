using Markdig.Syntax;

namespace PodcastSite.Model;

/// <summary>
/// One episode file, checked and typed. <see cref="Title"/> is as written; <see cref="FullTitle"/> applies the show's title template.
/// <see cref="GuidIsPermaLink"/> is null unless written (the feed then says true only for a guid that is the page's address);
/// <see cref="Image"/> is a path under <c>input/</c> or an address elsewhere; <see cref="ChaptersUrl"/> is a chapters file
/// elsewhere, which the feed points at instead of the one it makes from <see cref="Chapters"/>.
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
    string BodyMarkdown,
    MarkdownDocument Body,
    IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyDictionary<string, Diagnostics.SourcePosition> KeyPositions
)
{
    /// <summary>The first transcript published with the site (not one left at an old host): the file its transcript page is made from.</summary>
    public Transcript? LocalTranscript => Transcripts.FirstOrDefault(t => !t.IsRemote);

    /// <summary>Where the value of a front matter key is written, or the top of the file when it is not (a slug from the file name).</summary>
    /// <summary>Listed under "start here" on the home page: an episode a newcomer should hear first.</summary>
    public bool Featured { get; init; }

    /// <summary>This episode's own podcast:value, replacing the show's (a guest who shares the payments, say).</summary>
    public ValueBlock? Value { get; init; }

    public Diagnostics.SourcePosition PositionOf(string key) => KeyPositions.TryGetValue(key, out var at) ? at : new(SourcePath, 1, 1);
}
