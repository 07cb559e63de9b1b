using System.Reflection;

namespace PodcastSite.Content;

/// <summary>
/// The default theme, embedded in the tool from the repository's `theme/` folder (the one copy there is), so a
/// show needs no theme of its own. A show's `theme/` folder overrides it file by file, as Hugo looks layouts up.
/// </summary>
public static class BuiltInTheme
{
    public const string DisplayRoot = "(built-in theme)";

    private const string ResourcePrefix = "theme/";

    private static readonly Assembly Assembly = typeof(BuiltInTheme).Assembly;

    private static readonly Lazy<IReadOnlyList<SourceFile>> Embedded = new(() =>
        Assembly
            .GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name =>
            {
                var path = name[ResourcePrefix.Length..].Replace('\\', '/');
                using var stream = Assembly.GetManifestResourceStream(name)!;
                return new SourceFile(path, $"{DisplayRoot}/{path}", stream.Length, DateTime.UnixEpoch, () => Assembly.GetManifestResourceStream(name)!);
            })
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList()
    );

    public static IReadOnlyList<SourceFile> Files => Embedded.Value;

    /// <summary>The theme a build uses: the files of <paramref name="directory"/> where it has them, the built-in theme's elsewhere.</summary>
    public static SourceFolder Over(string directory)
    {
        if (!Directory.Exists(directory))
            return new SourceFolder(DisplayRoot, Files);
        var own = SourceLoader.LoadFolder(directory);
        var merged = own.Files.Concat(Files.Where(f => own.Find(f.Path) is null));
        return new SourceFolder(own.DisplayRoot, merged, own.Problems);
    }

    /// <summary>The theme's `archetypes/episode.md`, the template `init` and `new` fill in: the show's own, else the built-in one.</summary>
    public static string EpisodeArchetype(string themeDirectory) =>
        System.Text.Encoding.UTF8.GetString(Over(themeDirectory).Find("archetypes/episode.md")!.ReadBytes());
}
