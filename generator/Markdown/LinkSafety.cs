namespace PodcastSite.Markdown;

/// <summary>
/// Which URLs written in Markdown may become links: web and mail addresses, and addresses without a scheme
/// (relative paths, fragments). A <c>javascript:</c> or <c>data:</c> URL would run or show content the reader
/// never chose, so a link or image pointing at one is shown as its text instead.
/// </summary>
public static class LinkSafety
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (url is null)
            return false;
        if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal))
            return true;
        var scheme = SchemeOf(url);
        return scheme is null || SafeSchemes.Any(s => scheme.Equals(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The URL as a feed needs it: absolute, relative ones resolved against the episode page they were written for
    /// (<c>#fn:1</c> becomes <c>https://show.example/episodes/x/#fn:1</c>); null when it is unsafe or cannot be resolved.
    /// </summary>
    public static string? Absolute(string? url, Uri pageUrl)
    {
        if (url is null || !IsSafe(url))
            return null;
        if (SchemeOf(url) is not null)
            return url;
        return Uri.TryCreate(pageUrl, url.Trim(), out var absolute) ? absolute.AbsoluteUri : null;
    }

    /// <summary>The scheme a browser would read, or null for a relative URL.</summary>
    private static string? SchemeOf(string url)
    {
        // Browsers drop tabs and line breaks anywhere in a URL and controls or spaces around it: "java\tscript:" runs.
        var cleaned = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(ControlsAndSpace);
        var colon = cleaned.IndexOf(':');
        if (colon <= 0)
            return null;
        var scheme = cleaned[..colon];
        // A scheme is a letter then letters, digits, '+', '-' or '.'; "a/b:c" or "1:2" are relative paths.
        if (!char.IsAsciiLetter(scheme[0]) || !scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            return null;
        return scheme;
    }

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}
