namespace PodcastSite.Audio;

/// <summary>Durations worked out from a header's counts, which a damaged file can set to any value.</summary>
internal static class AudioDuration
{
    /// <summary>
    /// The seconds as a <see cref="TimeSpan"/>, or an <see cref="AudioFormatException"/> naming <paramref name="source"/>
    /// when no TimeSpan holds them (about 29,000 years), where <see cref="TimeSpan.FromSeconds(double)"/> would overflow.
    /// </summary>
    public static TimeSpan FromSeconds(double seconds, string source)
    {
        // The same product TimeSpan.FromSeconds takes, so what passes here cannot overflow there.
        if (seconds >= 0 && seconds * TimeSpan.TicksPerSecond < long.MaxValue)
            return TimeSpan.FromSeconds(seconds);
        var claim = double.IsFinite(seconds) ? $"lasts {seconds / 3600:N0} hours" : "never ends";
        throw new AudioFormatException($"{source} says the audio {claim}, which no recording does; the file is damaged, so export it again");
    }
}
