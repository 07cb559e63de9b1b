using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace PodcastSite.Tests.Support;

/// <summary>
/// Generators of hostile text for property tests: any UTF-16 code unit (controls, lone surrogates, noncharacters),
/// mixed with the pieces that break feeds and pages when escaping is missing somewhere.
/// </summary>
public static class AnyText
{
    private static readonly string[] Hostile =
    [
        "]]>",
        "</script>",
        "<script>alert(1)</script>",
        "<",
        ">",
        "&",
        "&amp;",
        "&nbsp;",
        "&#0;",
        "\"",
        "'",
        "<!--",
        "-->",
        "\0",
        "\u0001",
        "\u0008",
        "\u000B",
        "\u000C",
        "\u001F",
        "\u007F",
        "\u0085",
        "\u009F",
        "\uFFFE",
        "\uFFFF",
        "\uFDD0",
        "\uD800",
        "\uDFFF",
        "😀",
        "\u200B",
        "\u2028",
        "\uFEFF",
        "é",
        "東京",
        "{{ x }}",
        "%",
        "\\",
        "\t",
        "\r\n",
        "\n",
        "javascript:alert(1)",
        "data:text/html,x",
        "#fn:1",
    ];

    // Markdown syntax, so bodies grow headings, lists, links, footnotes, tables, code and raw HTML.
    private static readonly string[] Markdown =
    [
        "\n\n",
        "\n",
        "# ",
        "## ",
        "- ",
        "1. ",
        "> ",
        "```\n",
        "`",
        "*",
        "**",
        "_",
        "~~",
        "[",
        "]",
        "(",
        ")",
        "![",
        "[^1]",
        "[^1]: ",
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "[x](javascript:alert(1))",
        "[x](/rel/)",
        "[x](#frag)",
        "![i](data:image/png;base64,AA)",
        "<https://example.com/a>",
        "<javascript:alert(1)>",
        "https://example.com/b",
        "www.example.com",
        "[12:34]",
        "<div>",
        "</div>",
        "<b>",
        "</b>",
        "<a href=\"javascript:x\">",
        "<img src=x onerror=alert(1)>",
        "<plaintext>",
        "<textarea>",
        "<style>",
        "<!-- open",
        "<![CDATA[",
        "<?php",
        "<!doctype",
        "<p title=\"",
        "---\n",
        "    code\n",
        "\\",
        "&copy;",
    ];

    private static readonly Gen<string> AnyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());

    private static readonly Gen<string> Word = Gen.Elements("anvil", "Coyote", "podcast", "the", "ünïcödé", "x", " ", " ", ". ", ", ");

    /// <summary>Plain text: words, any code unit and the hostile pieces.</summary>
    public static Gen<string> Plain { get; } = Pieces(Gen.Frequency((4, Word), (3, AnyChar), (3, Gen.Elements(Hostile))), 12);

    /// <summary>Markdown: plain text with Markdown syntax and raw HTML mixed in.</summary>
    public static Gen<string> MarkdownText { get; } =
        Pieces(Gen.Frequency((4, Word), (2, AnyChar), (2, Gen.Elements(Hostile)), (4, Gen.Elements(Markdown))), 40);

    private static Gen<string> Pieces(Gen<string> piece, int most) => Gen.Choose(0, most).SelectMany(count => Gen.ListOf(piece, count)).Select(string.Concat);

    /// <summary>
    /// A YAML double-quoted scalar holding <paramref name="text"/>. YAML has escapes for every character but a lone
    /// surrogate, which is written as it is and becomes U+FFFD when the file is encoded, as in a real file.
    /// </summary>
    public static string YamlQuoted(string text)
    {
        var yaml = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\\')
                yaml.Append('\\').Append(c);
            else if (c is >= ' ' and < '\u007F')
                yaml.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                yaml.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32(c, text[++i]):X8}");
            else if (char.IsSurrogate(c))
                yaml.Append(c);
            else
                yaml.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return yaml.Append('"').ToString();
    }

    /// <summary>Text as a failing case prints it: every character outside printable ASCII as an escape.</summary>
    public static string Visible(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
