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

    private SourceFolder(SourceFolder folder, List<SourceFile> files, Dictionary<string, SourceFile> byPath)
    {
        DisplayRoot = folder.DisplayRoot;
        Problems = folder.Problems;
        HasLinks = folder.HasLinks;
        Files = files;
        _byPath = byPath;
    }

    /// <summary>This folder with some of its files read again (the same paths, new sizes or times): no sorting, no walk.</summary>
    public SourceFolder Replacing(IReadOnlyCollection<SourceFile> changed)
    {
        var files = Files.ToList();
        var byPath = new Dictionary<string, SourceFile>(_byPath, StringComparer.Ordinal);
        foreach (var file in changed)
        {
            files[files.IndexOf(_byPath[file.Path])] = file;
            byPath[file.Path] = file;
        }
        return new SourceFolder(this, files, byPath);
    }

    /// <summary>Whether a symbolic link was followed: a change to its target says nothing of the link, so only a new walk finds it.</summary>
    public bool HasLinks { get; init; }

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
