using System.Text;
using PodcastSite.Diagnostics;

namespace PodcastSite.Content;

/// <summary>
/// Decodes a text file of the show. Files are UTF-8 (a byte order mark for UTF-8, UTF-16 or UTF-32 is honoured);
/// anything else is an error at the first byte that is not UTF-8, because decoding it as if it were would publish
/// U+FFFD where the podcaster wrote `é`.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        string text;
        if (Bom(bytes) is { } bom)
            text = bom.Encoding.GetString(bytes[bom.Length..]);
        else if (IsUtf16WithoutBom(bytes))
        {
            // The whole file: no line of it reads as text to point at.
            diagnostics.Error(
                displayPath,
                0,
                0,
                "the file is UTF-16 text without the mark that says so (every other byte is zero); save it as UTF-8 in your editor"
            );
            return null;
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                var offset = FirstInvalidByte(bytes);
                var (line, column) = LineAndColumn(bytes, offset);
                diagnostics.Error(
                    displayPath,
                    line,
                    column,
                    $"the file is not UTF-8 text (byte 0x{bytes[offset]:X2} here is not valid UTF-8; it looks like Latin-1 or Windows-1252); save it as UTF-8 in your editor"
                );
                return null;
            }
        }
        // A second byte order mark, left by an editor that added one to a file that had it: never text.
        return WithoutForbidden(text.TrimStart('\uFEFF'), displayPath, diagnostics);
    }

    /// <summary>
    /// Control characters (a NUL, an escape) and noncharacters such as U+FFFE: invisible in editors, forbidden in XML
    /// and HTML, and a slip of copy and paste. They are left out of the text, with a warning where each was, so the
    /// podcaster can delete them; the rest of the file reads as if they had never been there.
    /// </summary>
    private static string WithoutForbidden(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var positions = Text.ForbiddenCharacters.Positions(text);
        if (positions.Count == 0)
            return text;
        foreach (var at in positions)
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
            var line = text.AsSpan(0, at).Count('\n') + 1;
            diagnostics.Warning(
                displayPath,
                line,
                at - lineStart + 1,
                $"an invisible control character (U+{(int)text[at]:X4}) is here and was left out; delete it, since XML and HTML forbid it"
            );
        }
        return Text.ForbiddenCharacters.Remove(text);
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> bytes) =>
        bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => null,
        };

    /// <summary>
    /// Whether the text is UTF-16 with no byte order mark: zero bytes, which UTF-8 text never holds, in every other place
    /// of its start. As UTF-8 it would read as text with NULs between the letters.
    /// </summary>
    private static bool IsUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var start = bytes[..(Math.Min(bytes.Length, 256) & ~1)];
        if (start.Length < 4)
            return false;
        int evenZeros = 0,
            oddZeros = 0;
        for (var i = 0; i < start.Length; i += 2)
        {
            evenZeros += start[i] == 0 ? 1 : 0;
            oddZeros += start[i + 1] == 0 ? 1 : 0;
        }
        var pairs = start.Length / 2;
        return Math.Max(evenZeros, oddZeros) * 2 > pairs && Math.Min(evenZeros, oddZeros) * 10 < pairs;
    }

    /// <summary>Whether the bytes start with the mark of UTF-16 or UTF-32, which a file published as it is keeps.</summary>
    public static bool HasWideBom(ReadOnlySpan<byte> bytes) => Bom(bytes) is { } bom && bom.Encoding is not UTF8Encoding;

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        while (valid < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[valid..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
                return valid;
            valid += consumed;
        }
        return bytes.Length - 1;
    }

    /// <summary>1-based line, and the column counted in characters of the valid text before the bad byte.</summary>
    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
