using System.Collections.Concurrent;

namespace PodcastSite.Diagnostics;

/// <summary>Collects every problem of a build; thread-safe because pages render in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Error(string path, int line, int column, string message) => _items.Enqueue(new Diagnostic(path, line, column, Severity.Error, message));

    public void Warning(string path, int line, int column, string message) => _items.Enqueue(new Diagnostic(path, line, column, Severity.Warning, message));

    public void Error(SourcePosition at, string message) => Error(at.Path, at.Line, at.Column, message);

    public void Warning(SourcePosition at, string message) => Warning(at.Path, at.Line, at.Column, message);

    public void Report(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Report(Severity severity, SourcePosition at, string message) => Report(new Diagnostic(at.Path, at.Line, at.Column, severity, message));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Sorted by file and position so the report reads top to bottom and is the same every run; a template error hit by every page is reported once.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
