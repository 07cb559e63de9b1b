using System.Text;
using System.Text.RegularExpressions;

namespace PodcastSite.Content;

/// <summary>Paths inside the built site that the podcaster chooses (the feed's, for one): plain, relative, and unable to leave the site.</summary>
public static partial class SitePath
{
    /// <summary>`a/b.xml`: segments of letters, digits, `-`, `_` and `.`, none of them `.` or `..` or starting with a dot.</summary>
    public static bool IsPlain(string path) => path.Length is > 0 and <= 200 && Plain().IsMatch(path);

    /// <summary>The text as it can be quoted in a message: control characters (a NUL, a newline) shown as escapes.</summary>
    public static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        return builder.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$")]
    private static partial Regex Plain();
}
