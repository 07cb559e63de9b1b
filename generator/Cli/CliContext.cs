using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Images;
using Spectre.Console;

namespace PodcastSite.Cli;

public sealed record Folders(string Input, string Theme, string Output);

/// <summary>What commands use from the outside world, passed in so the CLI runs end to end in tests.</summary>
public sealed record CliContext(IAnsiConsole Out, IAnsiConsole Error, TimeProvider Time, IAudioProbe Probe)
{
    /// <summary>How long `validate --online` and `ping` wait for one answer; tests shorten it.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Reads an environment variable (the podping token); tests pass their own instead of changing the process's.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Makes the smaller copies of pictures; the command line puts a cache between runs in front of it.</summary>
    public IImageResizer Images { get; init; } = new SkiaImageResizer();

    /// <summary>The one way commands reach the network (`validate --online`, `ping`), never a link-local address; the build never does.</summary>
    public HttpClient Http() => new(Web.WebConnections.Handler(maxRedirections: 5)) { Timeout = HttpTimeout };

    /// <summary>
    /// The way up (`..`, `../..`) from inside the show's input folder (it holds podcast.yml) to the show's folder, when
    /// a command looking for the default `input` runs from in there: the usual slip of a terminal left in `episodes/`.
    /// </summary>
    private static string? InsideInput(string input)
    {
        if (input != "input")
            return null;
        var folder = new DirectoryInfo(Directory.GetCurrentDirectory());
        for (var up = 0; up < 3 && folder is not null; up++, folder = folder.Parent)
            if (folder.Name == "input" && File.Exists(Path.Combine(folder.FullName, ShowParser.FileName)))
                return string.Join('/', Enumerable.Repeat("..", up + 1));
        return null;
    }

    /// <summary>Checks the folders before anything is read or written; null (after saying why) when they cannot be used.</summary>
    public Folders? ResolveFolders(string input, string? theme, string? output)
    {
        foreach (var (option, value) in new[] { ("--input", input), ("--theme", theme), ("--output", output) })
        {
            if (value is null || value.Trim().Length > 0)
                continue;
            Error.MarkupLine($"[red]Error:[/] {option} must name a folder; it was given as an empty text.");
            return null;
        }
        var inputPath = Path.GetFullPath(input);
        var themePath = Path.GetFullPath(theme ?? DefaultTheme);
        var outputPath = Path.GetFullPath(output ?? "output");
        string? problem = null;
        if (File.Exists(inputPath))
            problem = $"Input folder `{input}` is a file; pass the show's folder, the one that holds `{ShowParser.FileName}`.";
        else if (!Directory.Exists(inputPath))
            problem = InsideInput(input) is { } up
                ? $"Input folder `{input}` does not exist here, inside the show's input folder; run from the show's folder: `cd {up}`."
                : $"Input folder `{input}` does not exist. Run from the folder that holds `input/`, or pass `--input DIR`; `podcastsite init` starts a new show.";
        else if (!File.Exists(Path.Combine(inputPath, ShowParser.FileName)))
            problem = $"Input folder `{input}` has no `{ShowParser.FileName}`; is it the show's folder?";
        else if (theme is not null && !Directory.Exists(themePath))
            problem = $"Theme folder `{theme}` does not exist. Leave out `--theme` to use the built-in theme, or run `podcastsite theme eject` to copy it out.";
        else if (
            output is not null
            && (
                Overlap(outputPath, inputPath, themePath, Directory.GetCurrentDirectory())
                || Overlap(Real(outputPath), Real(inputPath), Real(themePath), Real(Directory.GetCurrentDirectory()))
            )
        )
            problem =
                $"Output folder `{output}` overlaps the input, the theme or the current folder, and a build replaces it whole; choose a folder of its own, like `output`.";
        else if (output is not null && Output.OutputFolder.Problem(outputPath, output) is { } outputProblem)
            problem = outputProblem;
        if (problem is null)
            return new Folders(inputPath, themePath, outputPath);
        Error.MarkupLine($"[red]Error:[/] {Markup.Escape(problem)}");
        return null;
    }

    /// <summary>The one message for a local server whose port another program holds; exit code 2.</summary>
    public int PortInUse(string host, int port)
    {
        Error.MarkupLine(
            $"[red]Error:[/] port {port} on {Markup.Escape(host)} is already in use; pass [bold]--port[/] with another number, e.g. --port {port + 1}."
        );
        return ExitCodes.Usage;
    }

    /// <summary>Keeps a local server running until Ctrl+C.</summary>
    public async Task<int> ServeUntilStoppedAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException) { }
        Out.MarkupLine("Stopped.");
        return ExitCodes.Success;
    }

    /// <summary>The folder whose files override the built-in theme when `--theme` is not given; it need not exist.</summary>
    public const string DefaultTheme = "theme";

    /// <summary>
    /// Whether the output holds the input, the theme or the current folder, or lies inside the input or the theme:
    /// asked of the paths as given and of the real ones too, since a link on the way can lead from one into another.
    /// </summary>
    private static bool Overlap(string output, string input, string theme, string current) =>
        Contains(output, input) || Contains(output, theme) || Contains(input, output) || Contains(theme, output) || Contains(output, current);

    private static string Real(string path) => RealPath.Of(path) ?? path;

    private static bool Contains(string outer, string inner)
    {
        // The root (`/`) keeps its separator when trimmed; the others get one, so every folder ends in exactly one.
        var o = Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar;
        var i = Path.EndsInDirectorySeparator(inner) ? inner : inner + Path.DirectorySeparatorChar;
        return i.StartsWith(o, StringComparison.Ordinal);
    }
}
