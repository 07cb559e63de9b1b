using Markdig.Syntax;

namespace PodcastSite.Model;

/// <summary>One episode file, checked and typed. <see cref="Title"/> is as written; <see cref="FullTitle"/> applies the show's title template.</summary>
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
    Audio? Audio,
    string? Image,
    bool Explicit,
    string Summary,
    IReadOnlyList<Person> Guests,
    IReadOnlyList<Person> Hosts,
    IReadOnlyList<Link> Links,
    Uri? YouTube,
    IReadOnlyList<Sponsor> Sponsors,
    IReadOnlyList<Chapter> Chapters,
    Transcript? Transcript,
    bool Draft,
    bool Scheduled,
    string BodyMarkdown,
    MarkdownDocument Body,
    IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyDictionary<string, Diagnostics.SourcePosition> KeyPositions)
{
    /// <summary>Where the value of a front matter key is written, or the top of the file when it is not (a slug from the file name).</summary>
    /// <summary>Listed under "start here" on the home page: an episode a newcomer should hear first.</summary>
    public bool Featured { get; init; }

    public Diagnostics.SourcePosition PositionOf(string key) => KeyPositions.TryGetValue(key, out var at) ? at : new(SourcePath, 1, 1);
}
