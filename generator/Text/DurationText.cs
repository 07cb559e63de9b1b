using System.Globalization;

namespace PodcastSite.Text;

/// <summary>
/// Durations and chapter starts as people write them: <c>H:MM:SS</c>, <c>MM:SS</c> or seconds (integer or decimal),
/// and as the site and the feed show them: whole seconds, rounded to the nearest, halves up.
/// </summary>
public static class DurationText
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        if (text.Length == 0)
            return false;
        var parts = text.Split(':');
        if (parts.Length > 3)
            return false;
        if (parts.Length == 1)
        {
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
                return false;
            value = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
            return true;
        }
        long total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var isLast = i == parts.Length - 1;
            var part = parts[i];
            if (isLast)
            {
                if (!decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds >= 60 || part.Length < 2)
                    return false;
                value = TimeSpan.FromTicks(total * 60 * TimeSpan.TicksPerSecond + (long)(seconds * TimeSpan.TicksPerSecond));
                return true;
            }
            if (part.Length == 0 || !part.All(char.IsAsciiDigit))
                return false;
            var number = int.Parse(part, CultureInfo.InvariantCulture);
            // Minutes after hours must be two digits below 60; a leading field may be anything.
            if (i > 0 && (number >= 60 || part.Length != 2))
                return false;
            total = total * 60 + number;
        }
        return false;
    }

    /// <summary>
    /// The one rounding rule for every duration and chapter start shown anywhere (pages, feed, notes, seek links):
    /// to the nearest second, halves up, as most podcast apps show it. An 8.76 s trailer lasts 9 s everywhere.
    /// </summary>
    public static long WholeSeconds(TimeSpan value) =>
        // In ticks, so that 0.5 s is exactly a half and no floating-point error decides the rounding.
        (value.Ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond;

    /// <summary><c>1:02:03</c> past an hour, else <c>02:03</c>, as players and video descriptions show it.</summary>
    public static string Format(TimeSpan value)
    {
        var whole = WholeSeconds(value);
        var hours = whole / 3600;
        var minutes = whole / 60 % 60;
        var seconds = whole % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes:00}:{seconds:00}");
    }
}
