namespace PodcastSite.Text;

/// <summary>Shortening text for a reader: at the end of a sentence when one is near, else at a word, never mid-word.</summary>
public static class TextCut
{
    private const string SentenceEnds = ".!?…";
    private const string Closers = "\"'”’»)]";

    /// <summary>
    /// The text within <paramref name="maxLength"/> characters: whole when it fits; else up to the last sentence end in
    /// the second half of the limit ("near"); else up to the last word boundary, followed by "…".
    /// </summary>
    public static string NearSentenceEnd(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        for (var end = maxLength; end > maxLength / 2; end--)
        {
            // A sentence ends at its mark and any closing quotes or brackets, before a space.
            if (!char.IsWhiteSpace(text[end]))
                continue;
            var mark = end - 1;
            while (mark > 0 && Closers.Contains(text[mark]))
                mark--;
            if (SentenceEnds.Contains(text[mark]))
                return text[..end];
        }
        var space = text.LastIndexOf(' ', maxLength - 1);
        var cut = space > 0 ? text[..space] : text[..(maxLength - 1)];
        // Never leave half of a surrogate pair (an emoji) behind.
        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1]))
            cut = cut[..^1];
        return cut.TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
