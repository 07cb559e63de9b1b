using PodcastSite.Diagnostics;
using PodcastSite.Model;

namespace PodcastSite.Import;

/// <summary>
/// One item of the old feed, as podcast apps saw it. <paramref name="Hosts"/> is null when the item named no
/// podcast:person (apps then show the show's); <paramref name="Explicit"/> is null when the item did not say (apps
/// then take the show's). <paramref name="DurationText"/> is the duration as written, when PodcastSite reads that
/// form too. <paramref name="Notes"/> is the notes' HTML (or plain text) with every relative address made absolute.
/// <paramref name="ImageAt"/> is where the feed named the art. <paramref name="DraftBecause"/> says why the episode must not be published as it was imported (its date is a
/// stand-in), when it must not. <paramref name="Warnings"/> are what was said about the item as it was read.
/// </summary>
public sealed record ImportedEpisode(
    SourcePosition At,
    string Guid,
    bool GuidIsPermaLink,
    string Title,
    DateTimeOffset Date,
    ImportedEnclosure Enclosure,
    TimeSpan? Duration,
    string? DurationText,
    int? Number,
    int? Season,
    EpisodeType Type,
    bool? Explicit,
    bool Block,
    Uri? Image,
    SourcePosition? ImageAt,
    IReadOnlyList<Person> Guests,
    IReadOnlyList<Person>? Hosts,
    Uri? ChaptersUrl,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<Transcript> Transcripts,
    string Notes,
    string? DraftBecause,
    IReadOnlyList<Diagnostic> Warnings
);
