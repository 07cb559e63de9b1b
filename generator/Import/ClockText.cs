using System.Globalization;

namespace PodcastSite.Import;

/// <summary>A time as front matter writes it, exactly: <c>42:17</c>, <c>1:02:03</c>, <c>00:05.250</c> (never rounded, unlike what pages show).</summary>
public static class ClockText
{
    public static string Format(TimeSpan time)
    {
        var whole = $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}";
        if (time.TotalHours < 1)
            whole = $"{time.Minutes:00}:{time.Seconds:00}";
        var fraction = time.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? whole : whole + (fraction / (double)TimeSpan.TicksPerSecond).ToString(".0######", CultureInfo.InvariantCulture);
    }
}
