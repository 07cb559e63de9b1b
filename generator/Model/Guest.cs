namespace PodcastSite.Model;

/// <summary>A person who appears as a guest, with the episodes they appear in, newest first.</summary>
public sealed record Guest(Person Person, IReadOnlyList<Episode> Episodes);
