namespace PodcastSite.Preview.Hosting;

/// <summary>
/// What a request's Range header asks of a file of a known length, read as RFC 9110 (section 14.2) says:
/// a unit other than `bytes` and a header that does not parse are ignored (the whole file, 200); one range is
/// answered (206), clipped to the file; a range that starts at or after the end cannot be satisfied (416).
/// Several ranges are answered with the whole file, which the RFC allows: players ask for one range at a time.
/// </summary>
public abstract record RangeRequest
{
    public sealed record Whole : RangeRequest;

    public sealed record Part(long From, long Length) : RangeRequest
    {
        public long To => From + Length - 1;
    }

    public sealed record Unsatisfiable : RangeRequest;

    public static RangeRequest Parse(string? header, long length)
    {
        const string BytesUnit = "bytes=";
        if (header is null || !header.StartsWith(BytesUnit, StringComparison.OrdinalIgnoreCase))
            return new Whole();
        var set = header[BytesUnit.Length..];
        if (set.Contains(','))
            return new Whole();
        var spec = set.Trim(' ', '\t');
        var dash = spec.IndexOf('-');
        if (dash < 0)
            return new Whole();
        var first = spec[..dash];
        var last = spec[(dash + 1)..];

        if (first.Length == 0)
        {
            // A suffix range: the last N bytes.
            if (!TryParseDigits(last, out var suffix))
                return new Whole();
            if (suffix == 0 || length == 0)
                return new Unsatisfiable();
            var size = Math.Min(suffix, length);
            return new Part(length - size, size);
        }
        if (!TryParseDigits(first, out var from))
            return new Whole();
        long to;
        if (last.Length == 0)
            to = length - 1;
        else if (!TryParseDigits(last, out to) || to < from)
            return new Whole();
        if (from >= length)
            return new Unsatisfiable();
        to = Math.Min(to, length - 1);
        return new Part(from, to - from + 1);
    }

    /// <summary>Digits only (no sign, no spaces); a number too large for a long stands for "beyond any file".</summary>
    private static bool TryParseDigits(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
            return false;
        if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value))
            value = long.MaxValue;
        return true;
    }
}
