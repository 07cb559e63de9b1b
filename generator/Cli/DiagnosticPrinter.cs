using PodcastSite.Diagnostics;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>
/// Prints diagnostics in the compiler form editors make clickable, coloured when the terminal allows, each
/// followed by the line it points at with the spot marked, as compilers do.
/// </summary>
public static class DiagnosticPrinter
{
    // Room for the excerpt under a diagnostic; a longer source line is shown as a window around the spot.
    private const int ExcerptWidth = 100;

    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            WriteUnwrapped(console, diagnostic.ToString(), diagnostic.Severity == Severity.Error ? Color.Red : Color.Yellow);
            if (SourceLine(diagnostic) is not { } fullLine)
                continue;
            var (line, column) = Window(fullLine, Math.Clamp(diagnostic.Column, 1, fullLine.Length + 1));
            var number = diagnostic.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var word = line[(column - 1)..].TakeWhile(c => !char.IsWhiteSpace(c)).Count();
            console.MarkupLine($"  [grey]{number} |[/] {Markup.Escape(TerminalText.Clean(line))}");
            console.MarkupLine(
                $"  [grey]{new string(' ', number.Length)} |[/] {new string(' ', column - 1)}[{colour}]{new string('^', Math.Max(1, Math.Min(word, ExcerptWidth)))}[/]"
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

    private static string? SourceLine(Diagnostic diagnostic)
    {
        if (diagnostic.Line <= 0 || !File.Exists(diagnostic.Path))
            return null;
        try
        {
            return File.ReadLines(diagnostic.Path).Skip(diagnostic.Line - 1).FirstOrDefault()?.Replace('\t', ' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
