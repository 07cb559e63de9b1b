using System.CommandLine;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Markdown;
using PodcastSite.Notes;
using PodcastSite.Rendering;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`notes SLUG`: one episode's show notes for pasting elsewhere (a video description, a newsletter).</summary>
public static class NotesCommand
{
    private static readonly IReadOnlyDictionary<string, NotesFormat> Formats = new Dictionary<string, NotesFormat>
    {
        ["text"] = NotesFormat.Text,
        ["markdown"] = NotesFormat.Markdown,
        ["html"] = NotesFormat.Html,
    };

    public static Command Create(CliContext cli)
    {
        var slug = new Argument<string>("slug") { Description = "The episode's slug, as in /episodes/SLUG/" };
        var format = new Option<NotesFormat?>("--format", "-f")
        {
            Description = "How to print the notes (default: text)",
            HelpName = "text|markdown|html",
            CustomParser = result => CliOptions.OneOf(result, "--format", Formats),
        };
        var input = CliOptions.Input();
        var theme = CliOptions.Theme();
        var command = new Command("notes", "Print an episode's show notes as text, Markdown or HTML") { slug, format, input, theme };
        command.SetAction(parse =>
        {
            var folders = cli.ResolveFolders(parse.GetValue(input)!, parse.GetValue(theme), output: null);
            if (folders is null)
                return ExitCodes.Usage;
            var diagnostics = new DiagnosticBag();
            // Notes are often written before the episode is out: drafts and scheduled episodes count here.
            var options = new BuildOptions(cli.Time.GetUtcNow(), IncludeDrafts: true, IncludeFuture: true);
            var themeFolder = BuiltInTheme.Over(folders.Theme);
            var inputFolder = SourceLoader.LoadFolder(folders.Input);
            themeFolder.ReportProblems(diagnostics);
            inputFolder.ReportProblems(diagnostics);
            var parsedTheme = ThemeParser.Parse(themeFolder, diagnostics);
            var site = SiteParser.Parse(inputFolder, options, cli.Probe, diagnostics);
            var errors = diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error).ToList();
            if (site is null || parsedTheme is null || errors.Count > 0)
            {
                DiagnosticPrinter.Print(cli.Error, errors);
                return ExitCodes.ContentErrors;
            }
            var wanted = parse.GetValue(slug)!;
            var episode = site.Episodes.FirstOrDefault(e => e.Slug == wanted);
            if (episode is null)
            {
                var nearest = Text.EditDistance.Nearest(wanted, site.Episodes.Select(e => e.Slug), count: 5);
                cli.Error.MarkupLine($"[red]Error:[/] no episode with slug `{Markup.Escape(wanted)}`." + (nearest.Count == 0 ? "" : " The nearest:"));
                foreach (var near in nearest)
                    cli.Error.WriteLine($"  {near}");
                return ExitCodes.Usage;
            }
            var urls = new SiteUrls(site.Show);
            var notes = ShowNotes.Of(episode);
            var notesProblems = new DiagnosticBag();
            NotesChecks.Report(episode, notes, notesProblems);
            if (notesProblems.HasErrors)
            {
                DiagnosticPrinter.Print(cli.Error, notesProblems.ToSortedList().Where(d => d.Severity == Severity.Error).ToList());
                return ExitCodes.ContentErrors;
            }
            // Notes are often pasted before the episode is out, but they link only to pages the published site has.
            var published = site.Episodes.Where(e => !e.Draft && !e.Scheduled).SelectMany(e => e.Guests).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
            Uri? GuestPage(Model.Person p) => published.Contains(p.Name) ? urls.Absolute(SiteUrls.GuestPath(p)) : null;
            var chosen = parse.GetValue(format) ?? NotesFormat.Text;
            var text =
                chosen == NotesFormat.Html
                    ? NotesHtmlRenderer.Render(
                        notes,
                        parsedTheme.NotesStrings,
                        HtmlTarget.Feed,
                        urls.Absolute(SiteUrls.EpisodePath(episode)),
                        site.Show.BaseUrl,
                        GuestPage
                    )
                    : NotesTextRenderer.Render(notes, parsedTheme.NotesStrings, chosen, GuestPage);
            cli.Out.Profile.Out.Writer.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }
}
