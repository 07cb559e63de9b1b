using System.Globalization;
using System.Text.RegularExpressions;

namespace PodcastSite.Import;

/// <summary>
/// pubDate as feeds really write it. RFC 822 says <c>Tue, 02 May 2023 10:00:00 +0200</c>; hosts and hand-made feeds
/// also write it without the weekday or with the wrong one, with two-digit years, one-digit days and hours, no
/// seconds, runs of spaces, named zones (<c>EDT</c>), <c>GMT+2</c> or <c>+02:00</c>, full month names, and now and
/// then ISO 8601. Podcast apps read all of these; so does the import.
/// </summary>
public static partial class FeedDate
{
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0,
        ["UT"] = 0,
        ["UTC"] = 0,
        ["Z"] = 0,
        ["WET"] = 0,
        ["BST"] = 1,
        ["CET"] = 1,
        ["CEST"] = 2,
        ["EET"] = 2,
        ["EEST"] = 3,
        ["EST"] = -5,
        ["EDT"] = -4,
        ["CST"] = -6,
        ["CDT"] = -5,
        ["MST"] = -7,
        ["MDT"] = -6,
        ["PST"] = -8,
        ["PDT"] = -7,
        ["AKST"] = -9,
        ["AKDT"] = -8,
        ["HST"] = -10,
        ["AEST"] = 10,
        ["AEDT"] = 11,
        ["JST"] = 9,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <param name="zoneGuessed">True when the date names no zone (it is then read as UTC) or one this list does not know.</param>
    public static DateTimeOffset? Parse(string text, out bool zoneGuessed)
    {
        zoneGuessed = false;
        var match = Rfc822().Match(text.Trim());
        if (!match.Success)
        {
            // Some feeds write ISO 8601 (2023-05-02T10:00:00Z) in pubDate.
            return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && IsoLike().IsMatch(text)
                ? iso
                : null;
        }
        var month = Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        // RFC 2822 §4.3: two-digit years below 50 are this century's, the others the last one's.
        if (match.Groups["year"].Value.Length == 2)
            year += year < 50 ? 2000 : 1900;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = Offset(match.Groups["zone"].Value, out zoneGuessed);
        if (month < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 23 || minute > 59 || second > 60 || offset is null)
            return null;
        // A leap second is read as the second before it.
        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, offset.Value);
    }

    private static TimeSpan? Offset(string zone, out bool guessed)
    {
        guessed = false;
        zone = zone.Replace(" ", "");
        if (zone.Length == 0)
        {
            guessed = true;
            return TimeSpan.Zero;
        }
        var numeric = NumericZone().Match(zone);
        if (numeric.Success)
        {
            var hours = int.Parse(numeric.Groups["hours"].Value, CultureInfo.InvariantCulture);
            var minutes = numeric.Groups["minutes"].Success ? int.Parse(numeric.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
                return null;
            var offset = new TimeSpan(hours, minutes, 0);
            return numeric.Groups["sign"].Value == "-" ? -offset : offset;
        }
        if (ZoneHours.TryGetValue(zone, out var named))
            return TimeSpan.FromHours(named);
        guessed = true;
        return TimeSpan.Zero;
    }

    // [weekday,] day month year hour:minute[:second][.fraction] [zone]; the weekday is not checked, since feeds get it wrong.
    [GeneratedRegex(
        @"^(?:[A-Za-z]+\.?,?\s*)?(?<day>\d{1,2})(?:st|nd|rd|th)?[\s\-]+(?<month>[A-Za-z]{3,9})\.?,?[\s\-]+(?<year>\d{4}|\d{2}),?\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?\s*(?<zone>[A-Za-z]{0,5}\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?)\s*$"
    )]
    private static partial Regex Rfc822();

    // "+0200", "-05:00", "+2", "GMT+2", "UTC-0500".
    [GeneratedRegex(@"^(?:GMT|UTC|UT)?(?<sign>[+-])(?<hours>\d{1,2}?)(?::?(?<minutes>\d{2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"^\s*\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoLike();
}
