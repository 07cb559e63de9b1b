using PodcastSite.Diagnostics;
using PodcastSite.Model;
using PodcastSite.Text;

namespace PodcastSite.Content;

/// <summary>Parse: an episode's <c>soundbites</c>, each a moment inside the episode an app may play as a preview.</summary>
public static class SoundbiteParser
{
    public static readonly string[] Keys = ["start", "duration", "title"];

    // The namespace caps a soundbite's title at 128 characters.
    private const int TitleLimit = 128;

    public static IReadOnlyList<Soundbite> Parse(YamlMap episode, TimeSpan? episodeDuration)
    {
        var soundbites = new List<Soundbite>();
        foreach (var node in episode.List("soundbites"))
        {
            var map = episode.Context.Mapping(node, "a soundbite");
            if (map is null)
                continue;
            map.CheckUnknownKeys(Keys, Severity.Error, "a soundbite");
            var start = Time(map, "start");
            var duration = Time(map, "duration");
            var title = map.String("title");
            if (title is not null && title.Length > TitleLimit)
            {
                map.Context.Diagnostics.Error(
                    map.Context.At(map.Node("title")!),
                    $"`title` is {title.Length} characters; the podcast namespace allows at most {TitleLimit}"
                );
                title = null;
            }
            if (duration == TimeSpan.Zero)
            {
                map.Context.Diagnostics.Error(map.Context.At(map.Node("duration")!), "`duration` must be longer than 0 seconds");
                duration = null;
            }
            if (start is null || duration is null)
                continue;
            if (episodeDuration is { } length && start.Value + duration.Value > length)
                map.Context.Diagnostics.Warning(
                    map.Context.At(map.Node(start.Value >= length ? "start" : "duration")!),
                    start.Value >= length
                        ? $"the soundbite starts at {DurationText.Format(start.Value)}, after the episode ends ({DurationText.Format(length)})"
                        : $"the soundbite runs to {DurationText.Format(start.Value + duration.Value)}, past the end of the episode ({DurationText.Format(length)})"
                );
            soundbites.Add(new Soundbite(start.Value, duration.Value, title));
        }
        return soundbites;
    }

    /// <summary>A time as `H:MM:SS`, `MM:SS` or seconds; a negative one cannot be parsed, so it is an error with the rest.</summary>
    private static TimeSpan? Time(YamlMap map, string key)
    {
        if (map.Node(key) is null)
        {
            map.Context.Diagnostics.Error(map.Position, $"missing required key `{key}`");
            return null;
        }
        return map.Duration(key);
    }
}
