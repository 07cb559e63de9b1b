using PodcastSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Where a YAML document sits in its file, and where its problems go.</summary>
public sealed record YamlContext(string Path, int FirstLine, DiagnosticBag Diagnostics)
{
    private static readonly HashSet<string> NotBooleans = new(StringComparer.OrdinalIgnoreCase) { "yes", "no", "on", "off", "y", "n" };

    /// <summary>YamlDotNet counts lines from the start of the YAML text; the user counts from the top of the file.</summary>
    public SourcePosition At(YamlNode node) => At(node.Start);

    public SourcePosition At(Mark mark) => new(Path, (int)mark.Line + FirstLine - 1, (int)mark.Column);

    /// <summary>A whole YAML file (podcast.yml, strings.yml) read as one mapping; null after reporting why it cannot be.</summary>
    public static YamlMap? ReadMapping(SourceFile file, DiagnosticBag diagnostics) =>
        file.ReadText(diagnostics) is { } text ? new YamlContext(file.DisplayPath, 1, diagnostics).ParseMapping(text) : null;

    /// <summary>Parses one YAML document that must be a mapping; null (with a diagnostic) when it is not.</summary>
    public YamlMap? ParseMapping(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new NestingLimitedParser(new Parser(new StringReader(yaml)), NestingLimitedParser.DefaultMaxDepth));
        }
        catch (NestingTooDeepException e)
        {
            Diagnostics.Error(At(e.Start), $"invalid YAML: {CleanMessage(e)}");
            return null;
        }
        catch (YamlException e)
        {
            if (IndentingTab(yaml, (int)e.Start.Line) is { } tab)
                Diagnostics.Error(
                    new SourcePosition(Path, tab.Line + FirstLine - 1, tab.Column),
                    "invalid YAML: a tab indents this line; YAML indents with spaces only"
                );
            else if (UnclosedBracket(yaml) is { } open && open.Line <= e.Start.Line)
                Diagnostics.Error(new SourcePosition(Path, open.Line + FirstLine - 1, open.Column), $"invalid YAML: this `{open.Bracket}` is never closed");
            else if (EarlierKey(yaml, e) is { } first)
                Diagnostics.Error(
                    At(e.Start),
                    $"invalid YAML: `{first.Key}` is given twice; the first is at line {first.Line + FirstLine - 1}, and only one may stay"
                );
            else if ((Hint(yaml, e.Start) ?? Misaligned(yaml, e)) is { } hint)
                Diagnostics.Error(new SourcePosition(Path, hint.Line + FirstLine - 1, hint.Column), $"invalid YAML: {hint.Message}");
            else
                Diagnostics.Error(At(e.Start), $"invalid YAML: {CleanMessage(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can trip over itself on some unclosed flow collections instead of reporting them.
            var open = UnclosedBracket(yaml);
            Diagnostics.Error(
                open is null ? new SourcePosition(Path, FirstLine, 1) : new SourcePosition(Path, open.Value.Line + FirstLine - 1, open.Value.Column),
                open is null ? "invalid YAML that cannot be read" : $"invalid YAML: this `{open.Value.Bracket}` is never closed"
            );
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            Diagnostics.Error(
                At(stream.Documents[1].RootNode),
                "invalid YAML: a second document starts here, after a `---` line; this file holds one, so remove the `---` or what follows it"
            );
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            if (stream.Documents.Count == 0)
                Diagnostics.Error(
                    new SourcePosition(Path, FirstLine, 1),
                    FirstLine == 1 ? "the file is empty; it needs `key: value` lines" : "the front matter is empty; it needs `key: value` lines"
                );
            else
                Diagnostics.Error(At(stream.Documents[0].RootNode), "expected a mapping of `key: value` lines");
            return null;
        }
        return new YamlMap(root, this);
    }

    public YamlMap? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
            return new YamlMap(mapping, this);
        Diagnostics.Error(At(node), $"{what} must be a mapping of keys and values, not a {YamlMap.Describe(node)}");
        return null;
    }

    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && !YamlMap.IsNull(node))
            return value.Trim();
        Diagnostics.Error(At(node), $"{what} must be text, not a {YamlMap.Describe(node)}");
        return null;
    }

    public bool? Bool(YamlNode node, string key)
    {
        var text = Scalar(node, $"`{key}`");
        if (text is null)
            return null;
        if (text is "true" or "True" or "TRUE")
            return true;
        if (text is "false" or "False" or "FALSE")
            return false;
        var suggestion = NotBooleans.Contains(text) ? (text.ToLowerInvariant() is "yes" or "on" or "y" ? "true" : "false") : null;
        Diagnostics.Error(
            At(node),
            suggestion is null
                ? $"`{key}` must be `true` or `false`, not `{text}`"
                : $"`{key}` must be `true` or `false`, not `{text}`; write `{key}: {suggestion}`"
        );
        return null;
    }

    public Uri? Url(YamlNode node, string text, string key)
    {
        if (
            Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto)
        )
            return uri;
        Diagnostics.Error(At(node), $"`{key}` must be an absolute http(s) URL, not `{text}`");
        return null;
    }

    /// <summary>
    /// The first tab in a line's indentation at or after the line YamlDotNet complains about. It reports a stray
    /// tab at the start of the scalar before it, a line or more above the tab the user has to remove.
    /// </summary>
    private static (int Line, int Column)? IndentingTab(string yaml, int fromLine)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
                return (i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>For YamlDotNet's "Duplicate key": the key, and the line of its first use at the same indentation above.</summary>
    private static (string Key, int Line)? EarlierKey(string yaml, YamlException error)
    {
        const string prefix = "Duplicate key ";
        if (!error.Message.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var lines = yaml.Split('\n');
        var number = (int)error.Start.Line;
        if (number < 1 || number > lines.Length)
            return null;
        var indent = (int)error.Start.Column - 1;
        var key = error.Message[prefix.Length..].Trim();
        for (var line = number - 1; line >= 1; line--)
        {
            var text = lines[line - 1].TrimEnd('\r');
            var start = text.Length - text.TrimStart().Length;
            // A line less indented than the key starts the mapping the key belongs to: the first use is below it.
            if (text.Trim().Length > 0 && !text.TrimStart().StartsWith('#') && start < indent && !text.TrimStart().StartsWith("- ", StringComparison.Ordinal))
                return null;
            if (start == indent && text[start..].StartsWith(key + ":", StringComparison.Ordinal))
                return (key, line);
        }
        return null;
    }

    /// <summary>
    /// What a podcaster most likely did on the line YamlDotNet complains about, said in their terms, with the line
    /// as it should be: a value holding `: `, a quote never closed, a value that starts as a list and goes on as text.
    /// </summary>
    private static (int Line, int Column, string Message)? Hint(string yaml, Mark error)
    {
        var lines = yaml.Split('\n');
        var number = (int)error.Line;
        if (number < 1 || number > lines.Length)
            return null;
        var line = lines[number - 1].TrimEnd('\r');
        var start = ValueStart(line);
        if (start >= line.Length)
            return null;
        var value = line[start..];
        var column = start + 1;
        if (value[0] is '"' or '\'' && (int)error.Column == column && value.IndexOf(value[0], 1) < 0)
            return (
                number,
                column,
                $"the `{value[0]}` that opens this value is never closed; end the value with `{value[0]}` on this line: `{line.TrimStart()}{value[0]}`"
            );
        if (value[0] is '[' or '{' && ClosingBracket(value) is { } close && value[(close + 1)..].Trim() is { Length: > 0 } rest && rest[0] is not ('#' or ','))
        {
            var what = value[0] == '[' ? "a list" : "a mapping";
            return (
                number,
                column,
                $"a value that starts with `{value[0]}` is read as {what}, which ends at its `{value[close]}`, so the text after it does not fit; put the whole value in double quotes: `{line[..start].TrimStart()}{DoubleQuoted(value)}`"
            );
        }
        if (
            value[0] is not ('"' or '\'' or '[' or '{' or '|' or '>' or '&' or '*' or '!' or '#')
            && (int)error.Column > column
            && value.Contains(": ", StringComparison.Ordinal)
        )
        {
            var plain = value.Split(" #")[0].TrimEnd();
            return (
                number,
                column,
                $"the `: ` inside this value makes YAML read it as another key; put the whole value in double quotes: `{line[..start].TrimStart()}{DoubleQuoted(plain)}`"
            );
        }
        return null;
    }

    /// <summary>
    /// A line indented a space or two off the key on the line above it, the way a hand-edited list goes wrong: YamlDotNet
    /// says it "did not find expected '-' indicator" or "found invalid mapping", which names neither the line's indent
    /// nor the one it should have. Only those messages are read this way, and only when the indent is none of the
    /// levels still open above the line (a sibling key's, a list item's): any other mistake keeps YamlDotNet's words.
    /// </summary>
    private static (int Line, int Column, string Message)? Misaligned(string yaml, YamlException error)
    {
        if (!MisalignmentMessages.Any(m => CleanMessage(error).Contains(m, StringComparison.Ordinal)))
            return null;
        var lines = yaml.Split('\n');
        var number = (int)error.Start.Line;
        if (number < 2 || number > lines.Length)
            return null;
        var line = lines[number - 1].TrimEnd('\r');
        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent == line.Length || line[indent] == '#')
            return null;
        (int Column, string Key)? nearest = null;
        var lowest = int.MaxValue;
        for (var above = number - 2; above >= 0 && lowest > 0; above--)
        {
            var previous = lines[above].TrimEnd('\r');
            var text = previous.TrimStart(' ');
            if (text.Length == 0 || text[0] == '#')
                continue;
            var start = previous.Length - text.Length;
            if (start >= lowest)
                continue;
            // An open level: this line may line up with the line's dash (a new item) or with its key (a sibling).
            var keyColumn = start;
            while (previous.AsSpan(keyColumn).StartsWith("- "))
            {
                if (keyColumn == indent)
                    return null;
                keyColumn = previous.Length - previous[(keyColumn + 2)..].TrimStart(' ').Length;
            }
            if (keyColumn == indent)
                return null;
            var colon = previous.IndexOf(": ", keyColumn, StringComparison.Ordinal);
            if (colon < 0 && previous.EndsWith(':'))
                colon = previous.Length - 1;
            if (nearest is null)
            {
                // A `key:` that opens a block: the line below it belongs inside, at any deeper indent.
                if (colon <= keyColumn || colon == previous.Length - 1 || Math.Abs(keyColumn - indent) > 2)
                    return null;
                nearest = (keyColumn, previous[keyColumn..colon]);
            }
            lowest = start;
        }
        if (nearest is not { } key)
            return null;
        static string Spaces(int n) => n == 1 ? "1 space" : $"{n} spaces";
        return (
            number,
            indent + 1,
            key.Column == 0
                ? $"this line is indented {Spaces(indent)}, and `{key.Key}` on the line above is not; keys that belong together line up, so start this line at its beginning"
                : $"this line is indented {Spaces(indent)}, and `{key.Key}` on the line above {Spaces(key.Column)}; keys that belong together line up, so indent this line {Spaces(key.Column)}"
        );
    }

    // What YamlDotNet says of a line indented off its neighbours (and of little else).
    private static readonly string[] MisalignmentMessages = ["did not find expected '-' indicator", "found invalid mapping", "did not find expected key"];

    /// <summary>Where the value of a `key: value` or `- value` line starts (its length when the line has none).</summary>
    private static int ValueStart(string line)
    {
        var at = line.Length - line.TrimStart(' ').Length;
        while (line.AsSpan(at).StartsWith("- "))
            at = line.Length - line[(at + 2)..].TrimStart(' ').Length;
        if (at < line.Length && line[at] is not ('"' or '\'' or '[' or '{') && line.IndexOf(": ", at, StringComparison.Ordinal) is var colon and > 0)
            at = line.Length - line[(colon + 2)..].TrimStart(' ').Length;
        return at;
    }

    /// <summary>The index of the bracket that closes the one <paramref name="value"/> starts with, outside quotes.</summary>
    private static int? ClosingBracket(string value)
    {
        var depth = 0;
        char? quote = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quote is not null)
            {
                if (c == quote)
                    quote = null;
            }
            else if (c is '"' or '\'')
                quote = c;
            else if (c is '[' or '{')
                depth++;
            else if (c is ']' or '}' && --depth == 0)
                return i;
        }
        return null;
    }

    private static string DoubleQuoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>The first `{` or `[` (outside quotes and comments) that no bracket closes: where a flow collection was left open.</summary>
    private static (int Line, int Column, char Bracket)? UnclosedBracket(string yaml)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            char? quote = null;
            for (var j = 0; j < lines[i].Length; j++)
            {
                var c = lines[i][j];
                if (quote is not null)
                {
                    if (c == quote && (quote == '\'' || j == 0 || lines[i][j - 1] != '\\'))
                        quote = null;
                    continue;
                }
                if (c == '#' && (j == 0 || char.IsWhiteSpace(lines[i][j - 1])))
                    break;
                if ((c == '"' || c == '\'') && (j == 0 || " [{,:".Contains(lines[i][j - 1])))
                    quote = c;
                else if (c is '{' or '[')
                    open.Push((i + 1, j + 1, c));
                else if (c is '}' or ']' && open.Count > 0)
                    open.Pop();
            }
        }
        return open.Count == 0 ? null : open.Reverse().First();
    }

    // YamlDotNet prefixes messages with its own position, which we print in the compiler form already.
    private static string CleanMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
