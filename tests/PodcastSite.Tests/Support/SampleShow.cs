using PodcastSite.Audio;
using PodcastSite.Content;

namespace PodcastSite.Tests.Support;

/// <summary>The repository's own sample show, built in memory at a pinned "now" so the result never changes.</summary>
public static class SampleShow
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<BuildResult> Built = new(() => Build(new BuildOptions(Now)));

    public static BuildResult Result => Built.Value;

    public static BuildResult Build(BuildOptions options) =>
        SiteBuilder.Build(
            SourceLoader.LoadFolder(Repo.PathOf("input")),
            SourceLoader.LoadFolder(Repo.PathOf("theme")),
            options,
            new AudioProbe(),
            resizer: MemoImageResizer.Shared
        );

    public static string Text(string path) => ((PodcastSite.Rendering.GeneratedFile)Result.Files.Single(f => f.Path == path)).ReadText();
}
