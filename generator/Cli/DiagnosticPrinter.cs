using PodcastSite.Content;
using PodcastSite.Diagnostics;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>
/// Prints diagnostics in the compiler form editors make clickable, coloured when the terminal allows, each
/// followed by the line it points at with the spot marked, as compilers do.
/// </summary>
public static partial class DiagnosticPrinter
{
    // Room for the excerpt under a diagnostic; a longer source line is shown as a window around the spot.
    private const int ExcerptWidth = 100;

    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            WriteUnwrapped(console, diagnostic.ToString(), diagnostic.Severity == Severity.Error ? Color.Red : Color.Yellow);
            if (SourceLine(diagnostic) is not ({ } fullLine, var isYaml))
                continue;
            var (line, column) = Window(fullLine, Math.Clamp(diagnostic.Column, 1, fullLine.Length + 1));
            var number = diagnostic.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var marked = MarkLength(line, column, isYaml);
            console.MarkupLine($"  [grey]{number} |[/] {Markup.Escape(TerminalText.Clean(line))}");
            console.MarkupLine(
                $"  [grey]{new string(' ', number.Length)} |[/] {new string(' ', column - 1)}[{colour}]{new string('^', Math.Max(1, Math.Min(marked, ExcerptWidth)))}[/]"
            );
        }
    }

    /// <summary>
    /// The diagnostic itself is one line however long it is and however narrow the terminal, because editors
    /// and CI match it line by line; the console's own writer would wrap it at the terminal's width.
    /// </summary>
    private static void WriteUnwrapped(IAnsiConsole console, string text, Color colour)
    {
        var writer = console.Profile.Out.Writer;
        var clean = TerminalText.Clean(text.ReplaceLineEndings(" "));
        writer.WriteLine(console.Profile.Capabilities.Ansi ? $"\u001b[{(colour == Color.Red ? 31 : 33)}m{clean}\u001b[0m" : clean);
        writer.Flush();
    }

    /// <summary>At most <see cref="ExcerptWidth"/> characters of the line around the column, marked with `…` where cut.</summary>
    private static (string Line, int Column) Window(string line, int column)
    {
        if (line.Length <= ExcerptWidth)
            return (line, column);
        var start = Math.Clamp(column - ExcerptWidth / 2, 0, line.Length - ExcerptWidth);
        var excerpt = line.Substring(start, ExcerptWidth);
        var prefix = start > 0 ? "…" : "";
        var suffix = start + ExcerptWidth < line.Length ? "…" : "";
        return (prefix + excerpt + suffix, column - start + prefix.Length);
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{Plural.Of(errors, "error")}, {Plural.Of(warnings, "warning")}";
    }

    /// <summary>
    /// How much of the line to mark: the word at the spot, or in YAML the whole of a `key: value` line's value
    /// (`explicit: not sure`, `date: "Nov 25, 2026"`), up to a comment; a `[list]` or `{mapping}` keeps the word.
    /// </summary>
    private static int MarkLength(string line, int column, bool isYaml)
    {
        var rest = line[(column - 1)..];
        if (isYaml && YamlKey().IsMatch(line[..(column - 1)]) && rest.Length > 0 && rest[0] is not ('[' or '{'))
        {
            var comment = rest.IndexOf(" #", StringComparison.Ordinal);
            return (comment < 0 ? rest : rest[..comment]).TrimEnd().Length;
        }
        return rest.TakeWhile(c => !char.IsWhiteSpace(c)).Count();
    }

    // A block mapping's key, perhaps on a list item, and nothing else: not a key inside `{ a: 1, b: 2 }`.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:- +)*[^\s:#\[\]{},][^:#\[\]{},]*: +$")]
    private static partial System.Text.RegularExpressions.Regex YamlKey();

    /// <summary>The line, and whether it is YAML: a .yml file's, or one of an episode's or page's front matter.</summary>
    private static (string Line, bool IsYaml)? SourceLine(Diagnostic diagnostic)
    {
        if (diagnostic.Line <= 0 || !File.Exists(diagnostic.Path))
            return null;
        try
        {
            var lines = File.ReadLines(diagnostic.Path).Take(diagnostic.Line).ToList();
            if (lines.Count < diagnostic.Line)
                return null;
            // In front matter: the lines up to this one open it and have not closed it yet.
            var upToHere = string.Join('\n', lines);
            var isYaml =
                diagnostic.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                || diagnostic.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                || (FrontMatter.Opens(upToHere) && FrontMatter.Split(upToHere) is null);
            return (lines[^1].Replace('\t', ' '), isYaml);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
