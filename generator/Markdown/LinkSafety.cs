using System.Buffers;

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
        return !HasScheme(url, out var scheme) || IsSafeScheme(scheme);
    }

    /// <summary>
    /// The URL as a feed needs it: absolute, relative ones resolved against the episode page they were written for
    /// (<c>#fn:1</c> becomes <c>https://show.example/episodes/x/#fn:1</c>); null when it is unsafe or cannot be resolved.
    /// </summary>
    public static string? Absolute(string? url, Uri pageUrl)
    {
        // The scheme is read once: a URL with one is already absolute, and kept when it is safe.
        if (url is null)
            return null;
        if (HasScheme(url, out var scheme))
            return IsSafeScheme(scheme) ? url : null;
        return Uri.TryCreate(pageUrl, url.Trim(), out var absolute) ? absolute.AbsoluteUri : null;
    }

    private static bool IsSafeScheme(ReadOnlySpan<char> scheme)
    {
        foreach (var safe in SafeSchemes)
            if (scheme.Equals(safe, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Whether a browser would read a scheme in the URL, and which; a relative URL has none.</summary>
    private static bool HasScheme(string url, out ReadOnlySpan<char> scheme)
    {
        // Browsers drop tabs and line breaks anywhere in a URL and controls or spaces around it: "java\tscript:" runs.
        // Every link of every page passes here: the URL is copied only when it holds one of those.
        var cleaned = url.AsSpan().ContainsAny(DroppedAnywhere) ? new string(url.Where(c => !DroppedAnywhere.Contains(c)).ToArray()) : url;
        var trimmed = cleaned.AsSpan().Trim(ControlsAndSpace);
        var colon = trimmed.IndexOf(':');
        scheme = colon > 0 ? trimmed[..colon] : default;
        // A scheme is a letter then letters, digits, '+', '-' or '.'; "a/b:c" or "1:2" are relative paths.
        return colon > 0 && char.IsAsciiLetter(scheme[0]) && !scheme.ContainsAnyExcept(SchemeCharacters);
    }

    private static readonly SearchValues<char> DroppedAnywhere = SearchValues.Create("\t\n\r");

    private static readonly SearchValues<char> SchemeCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-.");

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}
