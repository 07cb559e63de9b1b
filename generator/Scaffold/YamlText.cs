using System.Globalization;
using System.Text;

namespace PodcastSite.Scaffold;

/// <summary>Text written into generated YAML: plain where YAML reads it back as the same text, else quoted with escapes.</summary>
public static class YamlText
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    public static string Scalar(string text)
    {
        var plain =
            text.Length > 0
            && text.Trim() == text
            && !Indicators.Contains(text[0])
            // Generated YAML is block style, where `,`, `[` and `{` inside a value are text; only a backslash needs quotes.
            && !text.Contains('\\')
            && text.EnumerateRunes().All(IsPrintable)
            && !text.Contains(": ", StringComparison.Ordinal)
            && !text.Contains(" #", StringComparison.Ordinal)
            && !text.EndsWith(':')
            && text.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or "~")
            && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return plain ? text : Quoted(text);
    }

    /// <summary>A double-quoted scalar: every character YAML could read otherwise is escaped, so any text comes back as it was.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"", text.Length + 2);
        // By rune, so a character beyond the BMP stays one character; a lone surrogate, which no file can hold, becomes U+FFFD.
        foreach (var rune in text.EnumerateRunes())
        {
            quoted.Append(
                rune.Value switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\t' => "\\t",
                    '\r' => "\\r",
                    _ when !IsPrintable(rune) => rune.IsBmp ? $"\\u{rune.Value:X4}" : $"\\U{rune.Value:X8}",
                    _ => rune.ToString(),
                }
            );
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// Text of several lines as a literal block (<c>|-</c>, each line indented by <paramref name="indent"/>), which
    /// keeps it readable; quoted when a block could not hold it exactly (a first line that starts with a space,
    /// spaces at a line's end, characters YAML escapes).
    /// </summary>
    public static string Block(string text, string indent)
    {
        if (!text.Contains('\n'))
            return Scalar(text);
        var lines = text.Split('\n');
        var literal =
            text.EnumerateRunes().All(r => r.Value == '\n' || IsPrintable(r))
            && !lines[0].StartsWith(' ')
            && lines.All(line => line.TrimEnd() == line)
            && text.Trim('\n') == text;
        return literal ? "|-\n" + string.Join('\n', lines.Select(line => line.Length == 0 ? "" : indent + line)) : Quoted(text);
    }

    // YAML may hold any character but the C0 and C1 controls, lone surrogates, U+FEFF and the noncharacters U+FFFE and
    // U+FFFF; the line and paragraph separators it reads as line breaks are escaped too, so a value stays one line.
    private static bool IsPrintable(Rune rune) => !Rune.IsControl(rune) && rune.Value is not (0xFEFF or 0xFFFE or 0xFFFF or 0x2028 or 0x2029);
}
