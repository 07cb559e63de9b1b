using System.CommandLine;
using System.Diagnostics;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Output;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`build`: the input folder into a static site, written only when there is no error.</summary>
public static class BuildCommand
{
    public static Command Create(CliContext cli)
    {
        var input = CliOptions.Input();
        var theme = CliOptions.Theme();
        var output = CliOptions.Output();
        var drafts = CliOptions.Drafts();
        var future = CliOptions.Future();
        var now = CliOptions.Now();
        var baseUrl = CliOptions.BaseUrl();
        var command = new Command("build", "Build the website and the podcast feed from the input folder")
        {
            input,
            theme,
            output,
            drafts,
            future,
            now,
            baseUrl,
        };
        command.SetAction(parse =>
        {
            var folders = cli.ResolveFolders(parse.GetValue(input)!, parse.GetValue(theme), parse.GetValue(output)!);
            if (folders is null)
                return ExitCodes.Usage;
            var options = new BuildOptions(
                parse.GetValue(now) ?? cli.Time.GetUtcNow(),
                parse.GetValue(drafts),
                parse.GetValue(future),
                parse.GetValue(baseUrl)
            );
            return Run(cli, folders, options);
        });
        return command;
    }

    public static int Run(CliContext cli, Folders folders, BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        // Pages go to the staging folder as they are made; only a build without errors puts it in place of the output.
        StagingFolder staging;
        try
        {
            staging = StagingFolder.Open(folders.Output);
        }
        catch (OutputFolderException e)
        {
            cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.Usage;
        }
        using var _ = staging;
        var result = SiteBuilder.Build(SourceLoader.LoadFolder(folders.Input), BuiltInTheme.Over(folders.Theme), options, cli.Probe, staging, cli.Images);
        DiagnosticPrinter.Print(cli.Error, result.Diagnostics);
        if (!result.Succeeded)
        {
            var output = $"[bold]{Markup.Escape(TerminalText.Clean(SourceLoader.DisplayPath(folders.Output)))}[/]";
            // The staging folder is removed on the way out; an output folder that was not there stays not there.
            cli.Error.MarkupLine(
                $"[red]Build failed[/] ({DiagnosticPrinter.Summary(result.Diagnostics)}); "
                    + (Directory.Exists(folders.Output) ? $"{output} was left as it was." : $"nothing was written, and there is no {output} yet.")
            );
            return ExitCodes.ContentErrors;
        }
        foreach (var note in staging.Commit())
            cli.Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape(note)}");
        var site = result.Site!;
        cli.Out.MarkupLine(
            $"Built [bold]{Markup.Escape(TerminalText.Clean(site.Show.Title))}[/]: {Plural.Of(site.Episodes.Count, "episode")}{LeftOut(site)}, {Plural.Of(site.Guests.Count, "guest")}, "
                + $"{Plural.Of(result.FileCount, "file")} in [bold]{Markup.Escape(TerminalText.Clean(SourceLoader.DisplayPath(folders.Output)))}[/] "
                + $"({clock.ElapsedMilliseconds} ms; {DiagnosticPrinter.Summary(result.Diagnostics)})"
        );
        return ExitCodes.Success;
    }

    /// <summary>` (2 drafts and 1 scheduled episode left out)`, so a podcaster sees why an episode is missing.</summary>
    /// <param name="what">What became of them: `validate` checked them all the same.</param>
    public static string LeftOut(Model.Site site, string what = "left out")
    {
        var parts = new List<string>();
        if (site.DraftsLeftOut > 0)
            parts.Add(Plural.Of(site.DraftsLeftOut, "draft"));
        if (site.ScheduledLeftOut > 0)
            parts.Add(Plural.Of(site.ScheduledLeftOut, "scheduled episode"));
        return parts.Count == 0 ? "" : $" ({string.Join(" and ", parts)} {what}; --drafts and --future include them)";
    }
}
