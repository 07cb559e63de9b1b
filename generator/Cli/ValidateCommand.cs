using System.CommandLine;
using PodcastSite.Content;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`validate`: the build without the write, for CI and editors.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var input = CliOptions.Input();
        var theme = CliOptions.Theme();
        var drafts = CliOptions.Drafts();
        var future = CliOptions.Future();
        var now = CliOptions.Now();
        var command = new Command("validate", "Check the input folder and the theme without writing anything") { input, theme, drafts, future, now };
        command.SetAction(parse =>
        {
            var folders = cli.ResolveFolders(parse.GetValue(input)!, parse.GetValue(theme), output: null);
            if (folders is null) return ExitCodes.Usage;
            var options = new BuildOptions(parse.GetValue(now) ?? cli.Time.GetUtcNow(), parse.GetValue(drafts), parse.GetValue(future));
            var result = SiteBuilder.Build(SourceLoader.LoadFolder(folders.Input), BuiltInTheme.Over(folders.Theme), options, cli.Probe);
            DiagnosticPrinter.Print(cli.Error, result.Diagnostics);
            cli.Out.MarkupLine(result.Succeeded
                ? $"[green]OK[/]: {Plural.Of(result.Site!.Episodes.Count, "episode")}{BuildCommand.LeftOut(result.Site)} ({DiagnosticPrinter.Summary(result.Diagnostics)})"
                : $"[red]Invalid[/] ({DiagnosticPrinter.Summary(result.Diagnostics)})");
            return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
