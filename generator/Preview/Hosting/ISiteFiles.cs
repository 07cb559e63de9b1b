namespace PodcastSite.Preview.Hosting;

/// <summary>
/// Where the files that <see cref="StaticHost"/> serves come from: the preview's build in memory
/// (<see cref="PodcastSite.Preview.BuildFiles"/>) or a built folder on disk (<see cref="FolderFiles"/>).
/// Paths are paths of the site: relative, '/'-separated, already checked by <see cref="SitePath"/>.
/// </summary>
public interface ISiteFiles
{
    /// <summary>Where the site lives on its host, always ending in '/': "/" or "/show/".</summary>
    string BasePath { get; }

    /// <summary>The feed's path in the site, sent as application/rss+xml.</summary>
    string FeedPath { get; }

    bool Contains(string path);

    /// <summary>The file, or null when there is none at that path.</summary>
    ValueTask<ServedFile?> OpenAsync(string path);
}
