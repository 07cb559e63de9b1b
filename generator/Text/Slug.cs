using System.Globalization;
using System.Text;
using PodcastSite.Diagnostics;

namespace PodcastSite.Text;

/// <summary>
/// URL slugs per the content spec: lowercase, Latin diacritics (and Hebrew and Arabic vowel points) folded, other
/// letters and digits kept with their marks, every other run one '-'.
/// </summary>
public static class Slug
{
    // Letters that Unicode decomposition does not fold to ASCII.
    private static readonly Dictionary<char, string> Folds = new()
    {
        ['ß'] = "ss",
        ['ø'] = "o",
        ['æ'] = "ae",
        ['œ'] = "oe",
        ['đ'] = "d",
        ['ð'] = "d",
        ['þ'] = "th",
        ['ł'] = "l",
        ['ı'] = "i",
        ['ħ'] = "h",
    };

    /// <summary>
    /// The longest slug, in UTF-8 bytes, that is published: a slug is a folder's name, and file systems allow 255
    /// bytes to a name (less on some synced and encrypted ones), so a longer one fails the build with no position.
    /// </summary>
    public const int MaxBytes = 200;

    /// <summary>
    /// A `slug:` the podcaster wrote that is published under another form (`feed.xml` as `feed-xml`, `About` as
    /// `about`): a warning at it, so the address they link to is the one the site has.
    /// </summary>
    public static void ReportRewritten(string written, string slug, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (written != slug && slug.Length > 0)
            diagnostics.Warning(
                at,
                $"`slug: {written}` is published as `{slug}`, since a slug is lower-case letters, digits and dashes; write `slug: {slug}` to say so"
            );
    }

    /// <summary>The most characters of a slug that `new` and `import` make from a title: an address a person can read.</summary>
    public const int FromTitleLength = 60;

    /// <summary>
    /// The slug `new` and `import` give a file from its title: <see cref="From"/>, cut at the last word that fits in
    /// <see cref="FromTitleLength"/> characters, or between two letters where words are written without spaces. A whole
    /// long title would make an address no one reads, and past 255 bytes a file name the system refuses.
    /// </summary>
    public static string FromTitle(string title)
    {
        var slug = From(title);
        if (slug.Length <= FromTitleLength)
            return slug;
        // At a word, unless that leaves less than half (a script written without spaces after a short first word: 第1回).
        var cut = slug.LastIndexOf('-', FromTitleLength);
        if (cut >= FromTitleLength / 2)
            return slug[..cut];
        // A letter and its marks, or a surrogate pair, stay together.
        var end = 0;
        while (StringInfo.GetNextTextElementLength(slug.AsSpan(end)) is var length and > 0 && end + length <= FromTitleLength)
            end += length;
        return slug[..end];
    }

    public static bool IsTooLong(string slug) => Encoding.UTF8.GetByteCount(slug) > MaxBytes;

    /// <summary>
    /// Whether Windows keeps the slug as a device's name (con, prn, aux, nul, com1 to com9, lpt1 to lpt9): no folder
    /// there may have it, so a site with one cannot be built, copied or synced on Windows.
    /// </summary>
    public static bool IsWindowsDeviceName(string slug) =>
        slug is "con" or "prn" or "aux" or "nul"
        || (
            slug.Length == 4
            && (slug.StartsWith("com", StringComparison.Ordinal) || slug.StartsWith("lpt", StringComparison.Ordinal))
            && slug[3] is >= '1' and <= '9'
        );

    /// <summary>
    /// Reports a slug that <see cref="IsWindowsDeviceName"/>: an error where the build runs on Windows and could not
    /// write it, a warning elsewhere, for whoever builds or syncs the site on Windows later.
    /// </summary>
    /// <param name="address">The address as the message names it ("the page's address `/nul/`").</param>
    /// <param name="fix">What to do instead, which ends the message.</param>
    public static void ReportWindowsDeviceName(string address, string fix, SourcePosition at, DiagnosticBag diagnostics) =>
        diagnostics.Report(
            OperatingSystem.IsWindows() ? Severity.Error : Severity.Warning,
            at,
            $"{address} is a device name on Windows, where no folder may have it, so the site cannot be built or copied there; {fix}"
        );

    public static string From(string text)
    {
        // Normalize throws on noncharacters and lone surrogates; none of them is a letter or digit anyway.
        var decomposed = ForbiddenCharacters.Remove(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        var foldsMarks = false;
        // By code point, not UTF-16 unit: a letter beyond the first 65,536 (𠮷) is two units, neither of them a letter.
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (!foldsMarks && !pendingDash && slug.Length > 0)
                    slug.Append(rune.ToString());
                continue;
            }
            // Invisible joiners (Persian's zero-width non-joiner, soft hyphens) are no gap between words.
            if (category is UnicodeCategory.Format)
                continue;
            foldsMarks = FoldsMarks(rune);
            string? piece =
                rune.IsBmp && Folds.TryGetValue((char)rune.Value, out var folded) ? folded
                : Rune.IsLetterOrDigit(rune) ? rune.ToString()
                : null;
            if (piece is null)
            {
                pendingDash = slug.Length > 0;
                continue;
            }
            if (pendingDash)
                slug.Append('-');
            pendingDash = false;
            slug.Append(piece);
        }
        return slug.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Whether the marks on this letter are dropped: accents on Latin letters (é is e), as the content spec says, and the
    /// vowel points Hebrew and Arabic write only sometimes, so a title with and without them has one address. Any other
    /// script's letters are kept as they are, marks and all: a kana's voicing mark (ポ is ホ and ゚), Devanagari's and
    /// Thai's vowel signs, Greek's ά, Cyrillic's й.
    /// </summary>
    private static bool FoldsMarks(Rune letter)
    {
        foreach (var (first, last) in FoldingScripts)
            if (letter.Value >= first && letter.Value <= last)
                return true;
        return false;
    }

    private static readonly (int First, int Last)[] FoldingScripts =
    [
        (0x0000, 0x024F), // Basic Latin to Latin Extended-B
        (0x1E00, 0x1EFF), // Latin Extended Additional (Vietnamese)
        (0x0590, 0x05FF), // Hebrew
        (0x0600, 0x06FF), // Arabic
        (0x0750, 0x077F), // Arabic Supplement
        (0x08A0, 0x08FF), // Arabic Extended-A
        (0xFB1D, 0xFDFF), // Hebrew and Arabic presentation forms
        (0xFE70, 0xFEFF), // Arabic presentation forms-B
    ];
}
