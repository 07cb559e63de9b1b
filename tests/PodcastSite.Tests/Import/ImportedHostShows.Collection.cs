namespace PodcastSite.Tests.Import;

/// <summary>The tests that share the imported hosts' shows, so each feed is imported and built once.</summary>
[CollectionDefinition(Name)]
public sealed class ImportedHostShowsCollection : ICollectionFixture<ImportedHostShows>
{
    public const string Name = "Imported host shows";
}
