namespace PodcastSite.Content;

/// <summary>
/// An episode file split at its <c>---</c> fences. Line numbers are 1-based lines of the .md file, so that
/// a YAML position (counted inside the front matter) can be mapped back to the file the user edits.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public static FrontMatter? Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            return null;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }
        return null;
    }
}
