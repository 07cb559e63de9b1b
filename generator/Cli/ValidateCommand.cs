using System.CommandLine;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Output;
using PodcastSite.Validation;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`validate`: the build without the write, with the rules Apple and Spotify enforce, for CI and editors.</summary>
public static class ValidateCommand
{
    private enum Format
    {
        Text,
        Json,
    }

    private static readonly IReadOnlyDictionary<string, Format> Formats = new Dictionary<string, Format> { ["text"] = Format.Text, ["json"] = Format.Json };

    public static Command Create(CliContext cli)
    {
        var input = CliOptions.Input();
        var theme = CliOptions.Theme();
        var drafts = CliOptions.Drafts();
        var future = CliOptions.Future();
        var now = CliOptions.Now();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors: exit 1 on any" };
        var format = new Option<Format?>("--format")
        {
            Description = "How to print the problems (default: text)",
            HelpName = "text|json",
            CustomParser = r => CliOptions.OneOf(r, "--format", Formats),
        };
        var online = new Option<bool>("--online")
        {
            Description = "Also check that every episode's audio answers at its URL with the declared length and type, and serves byte ranges",
        };
        var command = new Command(
            "validate",
            "Check the show and the theme as a build would, and the rules Apple and Spotify enforce, without writing anything"
        )
        {
            input,
            theme,
            drafts,
            future,
            now,
            strict,
            format,
            online,
        };
        command.SetAction(
            async (parse, cancellation) =>
            {
                var folders = cli.ResolveFolders(parse.GetValue(input)!, parse.GetValue(theme), output: null);
                if (folders is null)
                    return ExitCodes.Usage;
                var options = new BuildOptions(parse.GetValue(now) ?? cli.Time.GetUtcNow(), parse.GetValue(drafts), parse.GetValue(future));
                var result = SiteBuilder.Build(
                    SourceLoader.LoadFolder(folders.Input),
                    BuiltInTheme.Over(folders.Theme),
                    options,
                    cli.Probe,
                    DiscardingSink.Instance,
                    cli.Images
                );
                var diagnostics = result.Diagnostics.ToList();
                if (parse.GetValue(online) && result.Site is { } site)
                {
                    using var http = cli.Http();
                    diagnostics.AddRange(await new OnlineCheck(http).CheckAsync(site, cancellation));
                }
                if (parse.GetValue(strict))
                    diagnostics = diagnostics.Select(d => d with { Severity = Severity.Error }).ToList();
                var succeeded = result.Succeeded && diagnostics.All(d => d.Severity != Severity.Error);

                if (parse.GetValue(format) == Format.Json)
                {
                    cli.Out.Profile.Out.Writer.Write(DiagnosticsJson.Write(diagnostics, succeeded));
                    return succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
                }
                DiagnosticPrinter.Print(cli.Error, diagnostics);
                cli.Out.MarkupLine(
                    succeeded
                        ? $"[green]OK[/]: {Plural.Of(result.Site!.Episodes.Count, "episode")}{BuildCommand.LeftOut(result.Site, "checked, not published")} ({DiagnosticPrinter.Summary(diagnostics)})"
                        : $"[red]Invalid[/] ({DiagnosticPrinter.Summary(diagnostics)})"
                );
                return succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
            }
        );
        return command;
    }
}
