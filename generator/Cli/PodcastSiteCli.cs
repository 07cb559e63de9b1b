using System.CommandLine;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>The command line: a routing table, each command one call into the pipeline.</summary>
public static class PodcastSiteCli
{
    public static RootCommand Create(CliContext cli) =>
        new("PodcastSite: publish a podcast from a folder of Markdown files, as a static website and a feed every podcast app reads.")
        {
            BuildCommand.Create(cli),
            ValidateCommand.Create(cli),
            NotesCommand.Create(cli),
            PreviewCommand.Create(cli),
            ServeCommand.Create(cli),
            InitCommand.Create(cli),
            NewCommand.Create(cli),
            ImportCommand.Create(cli),
            ThemeCommand.Create(cli),
            PingCommand.Create(cli),
        };

    /// <summary>The first word when it is meant as a command (not an option) and no command has that name.</summary>
    private static string? UnknownCommand(RootCommand root, string[] args) =>
        args is [var first, ..] && !first.StartsWith('-') && root.Subcommands.All(c => c.Name != first) ? first : null;

    public static int Run(string[] args, CliContext cli, TextWriter? helpOutput = null)
    {
        var root = Create(cli);
        if (args.Length == 0)
            args = ["--help"];
        var parse = root.Parse(args);
        if (UnknownCommand(root, args) is { } unknown)
        {
            var suggestion = Text.EditDistance.Closest(unknown, root.Subcommands.Select(c => c.Name), maxDistance: 3);
            cli.Error.MarkupLine($"[red]Error:[/] unknown command `{Markup.Escape(unknown)}`" + (suggestion is null ? "." : $"; did you mean `{suggestion}`?"));
            cli.Error.WriteLine($"The commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}; run with --help for what each does.");
            return ExitCodes.Usage;
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(error.Message)}");
            cli.Error.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(
                new InvocationConfiguration
                {
                    Output = helpOutput ?? Console.Out,
                    Error = Console.Error,
                    EnableDefaultExceptionHandler = false,
                }
            );
        }
        catch (IOException e)
        {
            cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.ContentErrors;
        }
        catch (UnauthorizedAccessException e)
        {
            cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.ContentErrors;
        }
        // The same failures met on the threads that render pages (an episode file saved again during the build).
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException))
        {
            foreach (var message in e.Flatten().InnerExceptions.Select(inner => inner.Message).Distinct())
                cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(message)}");
            return ExitCodes.ContentErrors;
        }
    }
}
