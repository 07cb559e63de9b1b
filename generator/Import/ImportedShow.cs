using PodcastSite.Diagnostics;
using PodcastSite.Model;

namespace PodcastSite.Import;

/// <summary>
/// The old feed's channel and items, read leniently and checked. <paramref name="FeedUrl"/> is the old feed's own
/// address when it is known (its atom:link rel="self", or where it was downloaded from); <paramref name="Guid"/> is
/// its podcast:guid, or the one podcast apps derive from that address, so the show keeps its identity after the move.
/// Text that podcast.yml requires is null when the old feed did not have it. <paramref name="ImageAt"/> is where the
/// feed named the art, for what is said about it later. <paramref name="Warnings"/> are what was said about the channel
/// itself, which is what podcast.yml is written from.
/// </summary>
public sealed record ImportedShow(
    string? Title,
    string Description,
    Uri? Link,
    Uri? FeedUrl,
    Uri? Image,
    SourcePosition? ImageAt,
    string? Language,
    string? Author,
    string? OwnerName,
    string? OwnerEmail,
    IReadOnlyList<Category> Categories,
    bool Explicit,
    ShowType Type,
    string? Copyright,
    string? Subtitle,
    Guid? Guid,
    bool GuidDerived,
    FeedLock? Locked,
    IReadOnlyList<Funding> Funding,
    IReadOnlyList<Person> Hosts,
    bool Complete,
    bool Block,
    IReadOnlyList<ImportedEpisode> Episodes,
    IReadOnlyList<Diagnostic> Warnings
);
