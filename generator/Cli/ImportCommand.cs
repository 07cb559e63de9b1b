using System.CommandLine;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Import;
using PodcastSite.Scaffold;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>
/// `import FEED`: a show at another host brought into a show folder, keeping everything podcast apps know it and its
/// episodes by. Run again, it adds only the items the folder does not have yet, and changes nothing else.
/// </summary>
public static class ImportCommand
{
    private const int ListedFiles = 12;

    public static Command Create(CliContext cli)
    {
        var feed = new Argument<string>("FEED") { Description = "The show's current feed: its http(s) address, or a file" };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The show's folder to write podcast.yml, episodes/ and assets/ into; files already there are kept as they are",
            DefaultValueFactory = _ => "input",
            HelpName = "DIR",
        };
        var downloadImages = new Option<bool>("--download-images")
        {
            Description = "Download the show's and the episodes' art into assets/images/ instead of linking it at the old host",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "How many seconds to wait for the old host",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 30,
            CustomParser = result => CliOptions.WholeNumber(result, "--timeout", 1, 3600) ?? 30,
        };
        var command = new Command(
            "import",
            "Bring a show over from another host: podcast.yml and one episode file per item of its feed, guids and audio addresses kept"
        )
        {
            feed,
            output,
            downloadImages,
            timeout,
        };
        command.SetAction(parse =>
            Run(cli, parse.GetValue(feed)!, parse.GetValue(output)!, parse.GetValue(downloadImages), TimeSpan.FromSeconds(parse.GetValue(timeout)))
        );
        return command;
    }

    private static int Run(CliContext cli, string source, string outputOption, bool downloadImages, TimeSpan timeout)
    {
        if (outputOption.Trim().Length == 0)
        {
            cli.Error.MarkupLine("[red]Error:[/] --output must name a folder; it was given as an empty text.");
            return ExitCodes.Usage;
        }
        using var download = new WebDownload(timeout, WebDownload.DefaultMaxBytes, $"PodcastSite/{ToolVersion.Current}");
        var (bytes, origin, exitCode) = Fetch(cli, source, download);
        if (bytes is null)
            return exitCode;

        var diagnostics = new DiagnosticBag();
        var show = FeedReader.Read(bytes, origin!, cli.Time.GetUtcNow(), diagnostics);
        if (show is null)
        {
            DiagnosticPrinter.Print(cli.Error, diagnostics.ToSortedList());
            cli.Error.MarkupLine($"[red]Import failed:[/] `{Markup.Escape(source)}` could not be read as a podcast feed; nothing was written.");
            return ExitCodes.ContentErrors;
        }

        var folder = Path.GetFullPath(outputOption);
        var shown = SourceLoader.DisplayPath(folder);
        var existingFolder = Directory.Exists(folder) ? SourceLoader.LoadFolder(folder) : null;
        var existing = existingFolder is null ? new ExistingEpisodes([], [], []) : ExistingEpisodes.Of(existingFolder);
        var plan = ImportPlan.Make(show, existing);
        var writesShow = !File.Exists(Path.Combine(folder, ShowParser.FileName));
        DiagnosticPrinter.Print(cli.Error, News(diagnostics, show, plan, writesShow));
        var art = downloadImages ? DownloadArt(cli, show, plan, writesShow, download) : new ArtDownloads.Result(new Dictionary<Uri, string>(), [], []);

        var files = new List<ScaffoldFile>();
        if (writesShow)
            files.Add(ScaffoldFile.Text(ShowParser.FileName, ImportedShowFile.Render(show, source, art.LocalPaths)));
        files.AddRange(plan.NewEpisodes.Select(e => ScaffoldFile.Text(e.Path, ImportedEpisodeFile.Render(e.Episode, show, art.LocalPaths))));
        files.AddRange(art.Files);
        var outcome = FileCreation.WriteNew(folder, files);
        if (!writesShow && existingFolder?.Find(ShowParser.FileName) is { } keptShow)
        {
            var kept = new DiagnosticBag();
            KeptShowFile.Check(keptShow, show, kept);
            DiagnosticPrinter.Print(cli.Error, kept.ToSortedList());
        }

        Report(cli, show, source, shown, plan, outcome, writesShow);
        return ExitCodes.Success;
    }

    /// <summary>
    /// What reading the feed said, less what it said about the episodes already in the folder, and about the channel
    /// when podcast.yml is there already: this import writes none of them, and the import that wrote them said it then.
    /// </summary>
    private static IEnumerable<Diagnostic> News(DiagnosticBag diagnostics, ImportedShow show, ImportPlan plan, bool writesShow)
    {
        var written = plan.NewEpisodes.Select(e => e.Episode).ToHashSet<ImportedEpisode>(ReferenceEqualityComparer.Instance);
        var stale = show.Episodes.Where(e => !written.Contains(e)).SelectMany(e => e.Warnings).Concat(writesShow ? [] : show.Warnings).ToHashSet();
        // The same words at the same place about an item that is written are news all the same.
        stale.ExceptWith(written.SelectMany(e => e.Warnings));
        return diagnostics.ToSortedList().Where(d => !stale.Contains(d));
    }

    /// <summary>
    /// The feed's bytes, from the web or from a file, or null after saying in one line why not: a FEED that names no
    /// file or address is a usage error, an address that does not answer with a feed a content error.
    /// </summary>
    private static (byte[]? Bytes, FeedOrigin? Origin, int ExitCode) Fetch(CliContext cli, string source, WebDownload download)
    {
        string? problem;
        var exitCode = ExitCodes.Usage;
        if (InputPaths.IsWebAddress(source))
        {
            if (!Uri.TryCreate(source, UriKind.Absolute, out var address))
            {
                problem = $"`{source}` is not a web address.";
            }
            else
            {
                var fetched = download.GetAsync(address).GetAwaiter().GetResult();
                if (fetched.Bytes is not null)
                {
                    if (fetched.FinalAddress is { } final && final != address)
                        cli.Error.MarkupLine($"`{Markup.Escape(source)}` redirects to `{Markup.Escape(final.AbsoluteUri)}`; the feed was read there.");
                    return (fetched.Bytes, new FeedOrigin(source, address), ExitCodes.Success);
                }
                problem = fetched.Problem + ".";
                exitCode = ExitCodes.ContentErrors;
            }
        }
        else if (source.Contains("://", StringComparison.Ordinal))
        {
            problem = $"`{source}` is neither a file nor an http(s) address; give the feed's address (https://...) or a file you saved it to.";
        }
        else if (!File.Exists(source))
        {
            problem = Directory.Exists(source)
                ? $"`{source}` is a folder; give the feed's address or the file you saved it to."
                : $"there is no file `{source}`; give the feed's address or the file you saved it to.";
        }
        else if (new FileInfo(source).Length > WebDownload.DefaultMaxBytes)
        {
            problem = $"`{source}` is larger than a podcast feed can be; is it the feed?";
        }
        else
        {
            return (File.ReadAllBytes(source), new FeedOrigin(source, null), ExitCodes.Success);
        }
        cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(problem)}");
        return (null, null, exitCode);
    }

    private static ArtDownloads.Result DownloadArt(CliContext cli, ImportedShow show, ImportPlan plan, bool writesShow, WebDownload download)
    {
        var wanted = new List<(Uri, string, SourcePosition)>();
        if (writesShow && show is { Image: { } cover, ImageAt: { } coverAt })
            wanted.Add((cover, "assets/images/cover", coverAt));
        foreach (var (episode, slug, _) in plan.NewEpisodes)
        {
            if (episode is { Image: { } image, ImageAt: { } imageAt })
                wanted.Add((image, $"assets/images/episodes/{slug}", imageAt));
        }
        var result = ArtDownloads.FetchAsync(wanted, download).GetAwaiter().GetResult();
        DiagnosticPrinter.Print(cli.Error, result.Problems);
        return result;
    }

    private static void Report(CliContext cli, ImportedShow show, string source, string shown, ImportPlan plan, FileCreation.Outcome outcome, bool writesShow)
    {
        var title = Markup.Escape(TerminalText.Clean(show.Title ?? "the show"));
        var already = plan.AlreadyThere > 0 ? $" ({plan.AlreadyThere} already there)" : "";
        if (outcome.Created.Count == 0)
        {
            cli.Out.MarkupLine(
                $"[bold]{title}[/] from {Markup.Escape(source)}: {Plural.Of(0, "new item")}{already}; nothing was written to [bold]{Markup.Escape(shown)}[/]."
            );
            return;
        }
        var newItems = plan.NewEpisodes.Count(e => outcome.Created.Contains(e.Path));
        cli.Out.MarkupLine(
            $"Imported [bold]{title}[/] from {Markup.Escape(source)} into [bold]{Markup.Escape(shown)}[/]: {Plural.Of(newItems, "new item")}{already}."
        );
        foreach (var path in outcome.Created.Take(ListedFiles))
            cli.Out.WriteLine($"  {shown}/{path}");
        if (outcome.Created.Count > ListedFiles)
            cli.Out.WriteLine($"  ... and {Plural.Of(outcome.Created.Count - ListedFiles, "more file")}");
        foreach (var path in outcome.Kept)
            cli.Error.MarkupLine(
                $"[yellow]warning:[/] `{Markup.Escape($"{shown}/{path}")}` is there already and was kept as it was"
                    + (plan.NewEpisodes.Any(e => e.Path == path) ? "; that item was not imported, so rename the file and import again" : ".")
            );
        if (!writesShow)
            cli.Out.MarkupLine($"  {Markup.Escape(shown)}/{ShowParser.FileName} was there already and is unchanged.");
        cli.Out.WriteLine();
        cli.Out.WriteLine("Next:");
        if (writesShow)
            cli.Out.WriteLine($"  set base_url in {shown}/{ShowParser.FileName} to the new site's address (it is the old site's now)");
        cli.Out.WriteLine(
            $"  podcastsite build{(shown == "input" ? "" : $" --input {shown}")}   # the site and a feed that podcast apps take for the same show"
        );
    }
}
