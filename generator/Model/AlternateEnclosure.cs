namespace PodcastSite.Model;

/// <summary>
/// podcast:alternateEnclosure: the episode in another form (a video, another bitrate or language), at one or more
/// addresses. <see cref="LocalPath"/> is the file under <c>input/</c> its size, type and duration were read from, when
/// one of its sources is local; the episode page plays that file.
/// </summary>
public sealed record AlternateEnclosure(string MimeType, long Length, IReadOnlyList<Uri> Sources)
{
    public long? Bitrate { get; init; }

    public int? Height { get; init; }

    public string? Lang { get; init; }

    public string? Title { get; init; }

    public string? Rel { get; init; }

    public bool Default { get; init; }

    public Integrity? Integrity { get; init; }

    public string? LocalPath { get; init; }

    /// <summary>Where listeners download <see cref="LocalPath"/>: one of the <see cref="Sources"/>.</summary>
    public Uri? LocalUrl { get; init; }

    public TimeSpan? Duration { get; init; }

    public bool IsVideo => MimeType.StartsWith("video/", StringComparison.Ordinal);
}
