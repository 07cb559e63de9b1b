namespace PodcastSite.Import;

/// <summary>An item's enclosure as the old feed announced it; <paramref name="Length"/> is null when it gave no size.</summary>
public sealed record ImportedEnclosure(Uri Url, long? Length, string? Type);
