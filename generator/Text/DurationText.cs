using System.Globalization;

namespace PodcastSite.Text;

/// <summary>
/// Durations and chapter starts as people write them: <c>H:MM:SS</c>, <c>MM:SS</c> or seconds (integer or decimal),
/// and as the site and the feed show them: whole seconds, rounded to the nearest, halves up.
/// </summary>
public static class DurationText
{
    /// <summary>
    /// The longest time read: no episode runs a week, so a longer one is a typo (a digit too many), and refusing it
    /// keeps every sum of seconds and ticks far from overflowing. The importer draws the same line.
    /// </summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    public static bool TryParse(string text, out TimeSpan value) => TryParse(text, out value, out _);

    /// <param name="tooLong">Set when the text is a well-formed time past <see cref="Longest"/>.</param>
    public static bool TryParse(string text, out TimeSpan value, out bool tooLong)
    {
        value = default;
        tooLong = false;
        var parts = text.Trim().Split(':');
        if (parts.Length > 3)
            return false;
        decimal total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var isLast = i == parts.Length - 1;
            // A time of one part is seconds and may be anything; minutes and seconds after another part are two digits below 60.
            var bounded = i > 0;
            if (part.Length == 0 || (bounded && (part.Length < 2 || (!isLast && part.Length != 2))))
                return false;
            var style = isLast ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
            if (!part.All(c => char.IsAsciiDigit(c) || (isLast && c == '.')))
                return false;
            // Digits alone that decimal cannot hold are too many seconds for it, not a malformed time.
            if (!decimal.TryParse(part, style, CultureInfo.InvariantCulture, out var number))
            {
                tooLong = part.All(char.IsAsciiDigit);
                return false;
            }
            if (bounded && number >= 60)
                return false;
            total = total * 60 + number;
            if (total > (decimal)Longest.TotalSeconds)
            {
                tooLong = true;
                return false;
            }
        }
        value = TimeSpan.FromTicks((long)(total * TimeSpan.TicksPerSecond));
        return true;
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
