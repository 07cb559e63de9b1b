using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PodcastSite.Tests.Hostile;

/// <summary>
/// Characters a reviewer cannot see or git would mangle (NUL, U+0001, a BOM, U+FFFE, a carriage return) written as
/// <c>&lt;U+0001&gt;</c>, so that case files and <c>expected</c> stay plain text whose diffs can be read.
/// </summary>
public static partial class VisibleText
{
    public static string Show(string text)
    {
        var shown = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; )
        {
            // A lone surrogate is no Rune; it is shown by its own code.
            var code = Rune.TryGetRuneAt(text, i, out var rune) ? rune.Value : text[i];
            var length = code > 0xFFFF ? 2 : 1;
            if (code is '\n' or '\t' || !IsInvisible(code))
                shown.Append(text, i, length);
            else
                shown.Append(CultureInfo.InvariantCulture, $"<U+{code:X4}>");
            i += length;
        }
        return shown.ToString();
    }

    public static string Decode(string text) =>
        Escape()
            .Replace(
                text,
                m =>
                    int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture) switch
                    {
                        <= 0xFFFF and var code => ((char)code).ToString(),
                        var code => char.ConvertFromUtf32(code),
                    }
            );

    private static bool IsInvisible(int code) =>
        code < 0x20 || code is >= 0x7F and <= 0x9F || code == 0xFEFF || code is >= 0xD800 and <= 0xDFFF || (code & 0xFFFE) == 0xFFFE || code == 0xFFFD;

    [GeneratedRegex(@"<U\+([0-9A-F]{4,6})>")]
    private static partial Regex Escape();
}
