using System.Globalization;

namespace PodcastSite.Import;

/// <summary>The loose values of iTunes tags as hosts write them: durations in any form, legacy yes/no flags, numbers.</summary>
public static class FeedValues
{
    /// <summary>
    /// <c>3600</c>, <c>3600.5</c>, <c>60:00</c>, <c>1:00:00</c>, <c>01:00:00.5</c>, and the sloppy <c>5:3</c> or <c>90:00</c>
    /// players read too; null when the text is none of these.
    /// </summary>
    public static TimeSpan? Duration(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length > 3)
            return null;
        decimal seconds = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var isLast = i == parts.Length - 1;
            var style = isLast ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
            if (!decimal.TryParse(parts[i].Trim(), style, CultureInfo.InvariantCulture, out var value))
                return null;
            seconds = seconds * 60 + value;
        }
        return seconds > (decimal)TimeSpan.FromDays(7).TotalSeconds ? null : TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
    }

    /// <summary>
    /// itunes:explicit: <c>true</c>/<c>false</c> as Apple asks, and the legacy <c>yes</c>, <c>explicit</c>, <c>no</c> and
    /// <c>clean</c> that older feeds still carry; null for anything else.
    /// </summary>
    public static bool? Explicit(string text) =>
        text.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "explicit" => true,
            "false" or "no" or "clean" => false,
            _ => null,
        };

    /// <summary>itunes:block and itunes:complete: only <c>Yes</c> (in any case, or <c>true</c>) means yes.</summary>
    public static bool Yes(string? text) => text?.Trim().ToLowerInvariant() is "yes" or "true";

    /// <summary>A whole number above zero, also when written <c>12.0</c>; null otherwise.</summary>
    public static int? PositiveWholeNumber(string text)
    {
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        return value >= 1 && value <= int.MaxValue && value == decimal.Truncate(value) ? (int)value : null;
    }
}
