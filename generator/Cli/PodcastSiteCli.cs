using System.CommandLine;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>The command line: a routing table, each command one call into the pipeline.</summary>
public static class PodcastSiteCli
{
    public static RootCommand Create(CliContext cli) => new("PodcastSite: publish a podcast from a folder of Markdown files, as a static website and a feed every podcast app reads.")
    {
        BuildCommand.Create(cli),
        ValidateCommand.Create(cli),
        NotesCommand.Create(cli),
        PreviewCommand.Create(cli),
        ServeCommand.Create(cli),
    };

    public static int Run(string[] args, CliContext cli, TextWriter? helpOutput = null)
    {
        var root = Create(cli);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(error.Message)}");
            cli.Error.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = helpOutput ?? Console.Out, Error = Console.Error, EnableDefaultExceptionHandler = false });
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
    }
}
