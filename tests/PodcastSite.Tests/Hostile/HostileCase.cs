using PodcastSite.Tests.Support;

namespace PodcastSite.Tests.Hostile;

/// <summary>
/// One folder of <c>cases/</c>: the show's files, laid over <c>base/</c>, and the harness's own files at its top
/// (<c>args</c>, <c>expected</c>, <c>generate</c>, <c>links</c>, <c>checks</c>), which are never copied into the show.
/// </summary>
public sealed record HostileCase(string Name, string Folder)
{
    public static readonly string HarnessFolder = Repo.PathOf("tests/PodcastSite.Tests/Hostile");
    public static readonly string CasesFolder = Path.Combine(HarnessFolder, "cases");
    public static readonly string BaseFolder = Path.Combine(HarnessFolder, "base");

    public const string ArgsFile = "args";
    public const string ExpectedFile = "expected";
    public const string GenerateFile = "generate";
    public const string LinksFile = "links";
    public const string ChecksFile = "checks";

    private static readonly string[] HarnessFiles = [ArgsFile, ExpectedFile, GenerateFile, LinksFile, ChecksFile];

    public static IEnumerable<string> Names() => Directory.GetDirectories(CasesFolder).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    public static HostileCase Named(string name) => new(name, Path.Combine(CasesFolder, name));

    public string ExpectedPath => Path.Combine(Folder, ExpectedFile);

    /// <summary>The command line, split at spaces; "double quotes" keep a value with spaces together.</summary>
    public IReadOnlyList<string> Args { get; } = ReadArgs(Path.Combine(Folder, ArgsFile));

    /// <summary>The folder the command would write, relative to the case folder: the <c>--output</c> value, else <c>output</c>.</summary>
    public string OutputFolder
    {
        get
        {
            for (var i = 0; i < Args.Count; i++)
            {
                if (Args[i] is "--output" or "-o" && i + 1 < Args.Count)
                    return Args[i + 1];
                // System.CommandLine also reads `--output=DIR` and `--output:DIR`.
                foreach (var prefix in new[] { "--output=", "--output:", "-o=", "-o:" })
                    if (Args[i].StartsWith(prefix, StringComparison.Ordinal))
                        return Args[i][prefix.Length..];
            }
            return "output";
        }
    }

    public bool IsBuild => Args.Count > 0 && Args[0] == "build";

    /// <summary>The files of a folder that belong to the show (everything but the harness's files at its top), relative to it.</summary>
    public static IEnumerable<string> ShowFiles(string folder) =>
        Directory
            .GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => !HarnessFiles.Contains(f))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> Lines(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')) : [];

    private static IReadOnlyList<string> ReadArgs(string path)
    {
        var line = string.Join(' ', Lines(path)).Trim();
        if (line.Length == 0)
            return ["build"];
        var args = new List<string>();
        var parts = line.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            // Odd parts were inside quotes.
            if (i % 2 == 1)
                args.Add(parts[i]);
            else
                args.AddRange(parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return args;
    }

    public override string ToString() => Name;
}
