using PodcastSite.Rendering;

namespace PodcastSite.Output;

/// <summary>Writes a site already made in memory (tests, benchmarks) through a <see cref="StagingFolder"/>.</summary>
public static class SiteWriter
{
    /// <returns>Notes worth a warning: leftovers that could not be removed. The new site is in place regardless.</returns>
    /// <exception cref="OutputFolderException">The output folder is not one a build may replace.</exception>
    public static IReadOnlyList<string> Write(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        using var staging = StagingFolder.Open(outputDirectory);
        Parallel.ForEach(files, staging.Add);
        return staging.Commit();
    }
}
