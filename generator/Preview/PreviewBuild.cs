using PodcastSite.Diagnostics;
using PodcastSite.Rendering;

namespace PodcastSite.Preview;

/// <summary>One rebuild's result as the preview server serves it: the files by path, or the problems that stopped it.</summary>
public sealed record PreviewBuild(
    int Version,
    IReadOnlyDictionary<string, OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    string BasePath,
    string FeedPath,
    TimeSpan Elapsed,
    bool Changed = true
)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
}
