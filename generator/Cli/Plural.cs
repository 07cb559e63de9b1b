using System.Globalization;

namespace PodcastSite.Cli;

/// <summary>Counts as people write them: `1 episode`, `2 episodes`.</summary>
public static class Plural
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";
}
