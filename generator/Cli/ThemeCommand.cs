using System.CommandLine;
using PodcastSite.Content;
using PodcastSite.Scaffold;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`theme eject`: the built-in theme copied out, for a podcaster who wants to change all of it.</summary>
public static class ThemeCommand
{
    public static Command Create(CliContext cli)
    {
        var folder = new Argument<string>("DIR") { Description = "Where the theme goes", DefaultValueFactory = _ => CliContext.DefaultTheme };
        var eject = new Command("eject", "Copy the built-in theme into a folder of your own; files already there are kept") { folder };
        eject.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            if (target.Trim().Length == 0)
            {
                cli.Error.MarkupLine("[red]Error:[/] DIR must name a folder; it was given as an empty text.");
                return ExitCodes.Usage;
            }
            var outcome = FileCreation.WriteNew(target, BuiltInTheme.Files.Select(f => new ScaffoldFile(f.Path, f.ReadBytes())));
            var shown = SourceLoader.DisplayPath(Path.GetFullPath(target));
            cli.Out.MarkupLine($"Copied {Plural.Of(outcome.Created.Count, "file")} of the built-in theme into [bold]{Markup.Escape(shown)}[/].");
            if (outcome.Kept.Count > 0)
                cli.Out.MarkupLine($"Kept {Plural.Of(outcome.Kept.Count, "file")} already there: {Markup.Escape(string.Join(", ", outcome.Kept))}.");
            cli.Out.WriteLine("A build uses these files over the built-in ones; delete any you do not change, so they follow updates.");
            return ExitCodes.Success;
        });
        return new Command("theme", "Work with the built-in theme") { eject };
    }
}
