namespace PodcastSite.Content;

/// <summary>
/// An episode file split at its <c>---</c> fences. Line numbers are 1-based lines of the .md file, so that
/// a YAML position (counted inside the front matter) can be mapped back to the file the user edits.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Whether the text opens front matter with a <c>---</c> line, closed or not.</summary>
    public static bool Opens(string text)
    {
        var firstEnd = text.IndexOf('\n');
        return text.AsSpan(0, firstEnd < 0 ? text.Length : firstEnd).TrimEnd() is "---";
    }

    public static FrontMatter? Split(string text)
    {
        // Found by searching the text, not by splitting it into lines: the body is most of the file.
        text = text.Replace("\r\n", "\n");
        var firstEnd = text.IndexOf('\n');
        if (firstEnd < 0 || text.AsSpan(0, firstEnd).TrimEnd() is not "---")
            return null;
        var lineStart = firstEnd + 1;
        for (var index = 1; ; index++)
        {
            var end = text.IndexOf('\n', lineStart);
            var line = text.AsSpan(lineStart, (end < 0 ? text.Length : end) - lineStart).TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = index == 1 ? "" : text[(firstEnd + 1)..(lineStart - 1)];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, index + 2);
            }
            if (end < 0)
                return null;
            lineStart = end + 1;
        }
    }
}
