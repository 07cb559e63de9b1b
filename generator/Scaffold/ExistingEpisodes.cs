using System.Globalization;
using System.Text.RegularExpressions;
using PodcastSite.Content;
using PodcastSite.Diagnostics;

namespace PodcastSite.Scaffold;

/// <summary>
/// What `new` and `import` need to know of the episodes already written: their slugs, numbers and guids. Read
/// leniently, since a show with a broken episode must still be able to take the next one (the build reports the breakage).
/// </summary>
public sealed partial record ExistingEpisodes(
    IReadOnlyCollection<string> Slugs,
    IReadOnlyList<(int Number, int? Season)> Numbers,
    IReadOnlyCollection<string> Guids
)
{
    public static ExistingEpisodes Of(SourceFolder input)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new List<(int, int?)>();
        var guids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SiteParser.EpisodeFiles(input))
        {
            var ignored = new DiagnosticBag();
            var name = Path.GetFileNameWithoutExtension(file.Path);
            var map =
                file.ReadText(ignored) is { } text && FrontMatter.Split(text) is { } front
                    ? new YamlContext(file.DisplayPath, front.YamlFirstLine, ignored).ParseMapping(front.Yaml)
                    : null;
            slugs.Add(Text.Slug.From(map?.String("slug") ?? FileNameDate().Replace(name, "")));
            if (Whole(map?.String("number")) is { } number)
                numbers.Add((number, Whole(map?.String("season"))));
            if (map?.String("guid") is { } guid)
                guids.Add(guid);
        }
        return new ExistingEpisodes(slugs, numbers, guids);
    }

    /// <summary>One more than the highest number in the season (or in the whole show when no season is given).</summary>
    public int NextNumber(int? season) => Numbers.Where(n => season is null || n.Season == season).Select(n => n.Number).DefaultIfEmpty(0).Max() + 1;

    /// <summary>The slug, or the first of `slug-2`, `slug-3`... that no episode has yet.</summary>
    public string FreeSlug(string slug)
    {
        if (!Slugs.Contains(slug))
            return slug;
        var n = 2;
        while (Slugs.Contains($"{slug}-{n}"))
            n++;
        return $"{slug}-{n}";
    }

    private static int? Whole(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex FileNameDate();
}
