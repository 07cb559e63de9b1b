namespace PodcastSite.Diagnostics;

/// <summary>A problem with the user's content, printed the way compilers print so editors make it clickable.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column}): {SeverityText}: {Message}" : $"{Path}: {SeverityText}: {Message}";

    private string SeverityText => Severity == Severity.Error ? "error" : "warning";
}
