using PodcastSite.Diagnostics;

namespace PodcastSite.Content;

/// <summary>The files of one folder (input or theme), looked up by their relative path.</summary>
public sealed class SourceFolder
{
    private readonly Dictionary<string, SourceFile> _byPath;

    public SourceFolder(string displayRoot, IEnumerable<SourceFile> files, IReadOnlyList<Diagnostic>? problems = null)
    {
        DisplayRoot = displayRoot;
        Problems = problems ?? [];
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        _byPath = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    /// <summary>How diagnostics name the folder itself, e.g. <c>input</c>.</summary>
    public string DisplayRoot { get; }

    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>What could not be loaded (links leading outside the folder, loops, unreadable folders), reported with the build's own problems.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    public void ReportProblems(DiagnosticBag diagnostics)
    {
        foreach (var problem in Problems)
            diagnostics.Report(problem);
    }

    public SourceFile? Find(string path) => _byPath.GetValueOrDefault(path);

    public IEnumerable<SourceFile> Under(string folder) => Files.Where(f => f.Path.StartsWith(folder + "/", StringComparison.Ordinal));

    public string DisplayPathOf(string path) => DisplayRoot.Length == 0 ? path : $"{DisplayRoot}/{path}";
}
