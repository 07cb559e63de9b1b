using System.CommandLine;
using System.Globalization;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Scaffold;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`new "Title"`: the next episode's file, a draft with its number, a fresh guid and the date.</summary>
public static class NewCommand
{
    public static Command Create(CliContext cli)
    {
        var title = new Argument<string>("TITLE") { Description = "The episode's title" };
        var guests = new Option<string[]>("--guest", "-g")
        {
            Description = "A guest's name; repeat it for each guest",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var date = new Option<string?>("--date") { Description = "The release date, YYYY-MM-DD (default: today in the show's time zone)", HelpName = "DATE" };
        var season = new Option<int?>("--season")
        {
            Description = "The season; the episode gets the next number of that season",
            HelpName = "N",
            CustomParser = result => CliOptions.WholeNumber(result, "--season", 1, int.MaxValue),
        };
        var input = CliOptions.Input();
        var command = new Command("new", "Write a new draft episode file with the next number and a fresh guid") { title, guests, date, season, input };
        command.SetAction(parse =>
            Run(cli, parse.GetValue(input)!, parse.GetValue(title)!, parse.GetValue(guests) ?? [], parse.GetValue(date), parse.GetValue(season))
        );
        return command;
    }

    private static int Run(CliContext cli, string inputOption, string title, string[] guests, string? dateText, int? season)
    {
        var folders = cli.ResolveFolders(inputOption, theme: null, output: null);
        if (folders is null)
            return ExitCodes.Usage;
        if (Problem(title, dateText) is { } problem)
        {
            cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(problem)}");
            return ExitCodes.Usage;
        }
        var input = SourceLoader.LoadFolder(folders.Input);
        // The show may have problems of its own; `new` only needs its time zone, and the build reports the rest.
        var timeZone = ShowParser.Parse(input, new DiagnosticBag())?.TimeZone ?? TimeZoneInfo.Utc;
        var date = dateText is null
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(cli.Time.GetUtcNow(), timeZone).DateTime)
            : DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var existing = ExistingEpisodes.Of(input);
        var draft = new EpisodeDraft(
            title,
            date,
            existing.NextNumber(season),
            season,
            Guid.NewGuid(),
            guests,
            Audio: null,
            Summary: null,
            SlugOverride: existing.FreeSlug(Text.Slug.FromTitle(title)),
            TimeZone: timeZone
        );
        var archetype = BuiltInTheme.EpisodeArchetype(Path.Combine(Path.GetDirectoryName(folders.Input)!, CliContext.DefaultTheme));
        var relative = $"episodes/{draft.FileName}";
        var outcome = FileCreation.WriteNew(folders.Input, [ScaffoldFile.Text(relative, draft.Render(archetype))]);
        var shown = input.DisplayPathOf(relative);
        if (outcome.Created.Count == 0)
        {
            cli.Error.MarkupLine($"[red]Error:[/] `{Markup.Escape(shown)}` exists already; nothing was written.");
            return ExitCodes.Usage;
        }
        var what = season is null ? $"episode {draft.Number}" : $"episode {draft.Number} of season {season}";
        cli.Out.WriteLine(shown);
        cli.Error.MarkupLine($"Created {what} as a draft. Add the audio and write the notes, then remove [bold]draft: true[/] to publish it.");
        return ExitCodes.Success;
    }

    private static string? Problem(string title, string? date)
    {
        if (Text.Slug.FromTitle(title).Length == 0)
            return $"cannot make a file name from the title `{title}`; use a title with letters or digits.";
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return $"--date must be a date like 2026-03-31, not `{date}`.";
        return null;
    }
}
