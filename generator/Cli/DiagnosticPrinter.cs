using PodcastSite.Diagnostics;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>Prints diagnostics in the compiler form editors make clickable, coloured when the terminal allows.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            console.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
