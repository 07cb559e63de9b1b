using PodcastSite.Diagnostics;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>
/// Prints diagnostics in the compiler form editors make clickable, coloured when the terminal allows, each
/// followed by the line it points at with the spot marked, as compilers do.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            console.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
            if (SourceLine(diagnostic) is not { } line) continue;
            var number = diagnostic.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var column = Math.Clamp(diagnostic.Column, 1, line.Length + 1);
            var word = line[(column - 1)..].TakeWhile(c => !char.IsWhiteSpace(c)).Count();
            console.MarkupLine($"  [grey]{number} |[/] {Markup.Escape(line)}");
            console.MarkupLine($"  [grey]{new string(' ', number.Length)} |[/] {new string(' ', column - 1)}[{colour}]{new string('^', Math.Max(1, word))}[/]");
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }

    private static string? SourceLine(Diagnostic diagnostic)
    {
        if (diagnostic.Line <= 0 || !File.Exists(diagnostic.Path)) return null;
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
