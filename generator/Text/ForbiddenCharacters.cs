using System.Buffers;
using System.Text;

namespace PodcastSite.Text;

/// <summary>
/// Characters no page or feed may carry: XML 1.0 forbids the C0 controls but tab, line feed and carriage return, lone
/// surrogates and U+FFFE/U+FFFF; HTML also counts DEL, the C1 controls and the other noncharacters as parse errors.
/// The feed holds HTML too, so one list serves both. They are removed, never replaced: none of them is meant text.
/// </summary>
public static class ForbiddenCharacters
{
    public static string Remove(string text)
    {
        var first = FirstForbidden(text);
        if (first < 0)
            return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var length = AllowedLength(text, i);
            if (length > 0)
                clean.Append(text, i, length);
            i += Math.Max(length, 1) - 1;
        }
        return clean.ToString();
    }

    /// <summary>Where each forbidden character is, for a message that points at them.</summary>
    public static IReadOnlyList<int> Positions(string text)
    {
        var positions = new List<int>();
        for (var i = FirstForbidden(text); i >= 0 && i < text.Length; i++)
        {
            var length = AllowedLength(text, i);
            if (length == 0)
                positions.Add(i);
            i += Math.Max(length, 1) - 1;
        }
        return positions;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a forbidden character. A surrogate pair cut in two at either end counts
    /// as one: a caller looking at text piece by piece takes the careful way then.
    /// </summary>
    public static bool Any(ReadOnlySpan<char> text) => FirstForbidden(text) >= 0;

    /// <summary>Where the first forbidden character is, or -1; most text has none and is not copied.</summary>
    private static int FirstForbidden(ReadOnlySpan<char> text)
    {
        // Every page passes here: runs of printable ASCII and line breaks, most of any page, are skipped many chars at
        // a time, and only what is left is looked at one character at a time.
        for (var i = 0; i < text.Length; i++)
        {
            var next = text[i..].IndexOfAnyExcept(PlainText);
            if (next < 0)
                return -1;
            i += next;
            var c = text[i];
            if (c is >= '\u00A0' and < '\uD800')
                continue;
            var length = AllowedLength(text, i);
            if (length == 0)
                return i;
            i += length - 1;
        }
        return -1;
    }

    private static readonly SearchValues<char> PlainText = SearchValues.Create(
        "\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
    );

    /// <summary>How many chars the character at <paramref name="i"/> takes (2 for a surrogate pair), or 0 when it is forbidden.</summary>
    private static int AllowedLength(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                return 0;
            // U+1FFFE, U+1FFFF ... U+10FFFF: the last two code points of every plane are noncharacters.
            return (char.ConvertToUtf32(c, text[i + 1]) & 0xFFFE) == 0xFFFE ? 0 : 2;
        }
        if (char.IsLowSurrogate(c))
            return 0;
        if (c is '\t' or '\n' or '\r')
            return 1;
        if (c < ' ' || c is >= '\u007F' and <= '\u009F')
            return 0;
        if (c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            return 0;
        return 1;
    }
}
