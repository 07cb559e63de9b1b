namespace PodcastSite.Content;

/// <summary>What a build includes. <see cref="Now"/> decides which episodes are scheduled (dated in the future).</summary>
public sealed record BuildOptions(
    DateTimeOffset Now,
    bool IncludeDrafts = false,
    bool IncludeFuture = false,
    Uri? BaseUrlOverride = null,
    bool MarkUnpublished = false
);
