using System.CommandLine;
using System.Text.RegularExpressions;
using PodcastSite.Content;
using PodcastSite.Scaffold;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`init`: a new show that builds as it is, with a workflow that publishes it to GitHub Pages.</summary>
public static partial class InitCommand
{
    private const string GitIgnore = ".gitignore";

    public static Command Create(CliContext cli)
    {
        var folder = new Argument<string?>("DIR")
        {
            Description = "The show's folder (default: the current folder); it must not hold a show yet",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var title = new Option<string?>("--title") { Description = "The show's title (default: from the folder's name)", HelpName = "TITLE" };
        var author = new Option<string>("--author")
        {
            Description = "Who makes the show",
            HelpName = "NAME",
            DefaultValueFactory = _ => InitPlaceholders.Author,
        };
        var email = new Option<string>("--email")
        {
            Description = "The owner's email, where Apple and Spotify send ownership checks",
            HelpName = "EMAIL",
            DefaultValueFactory = _ => InitPlaceholders.Email,
        };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "Where the site will live",
            HelpName = "URL",
            DefaultValueFactory = _ => InitPlaceholders.BaseUrl,
        };
        var language = new Option<string>("--language")
        {
            Description = "The show's language code, like en or de-AT",
            HelpName = "CODE",
            DefaultValueFactory = _ => "en",
        };
        var category = new Option<string>("--category")
        {
            Description = "An Apple Podcasts category, like Technology or \"Education > How To\"",
            HelpName = "CATEGORY",
            DefaultValueFactory = _ => "Technology",
        };
        var command = new Command("init", "Start a new show: podcast.yml, cover art, a first draft episode, an About page and a publishing workflow")
        {
            folder,
            title,
            author,
            email,
            baseUrl,
            language,
            category,
        };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(folder) ?? Directory.GetCurrentDirectory());
            var settings = Settings(
                cli,
                target,
                parse.GetValue(title),
                parse.GetValue(author)!,
                parse.GetValue(email)!,
                parse.GetValue(baseUrl)!,
                parse.GetValue(language)!,
                parse.GetValue(category)!
            );
            return settings is null ? ExitCodes.Usage : Run(cli, target, settings);
        });
        return command;
    }

    private static int Run(CliContext cli, string target, ShowSettings settings)
    {
        var shown = SourceLoader.DisplayPath(target);
        if (File.Exists(Path.Combine(target, "input", ShowParser.FileName)))
        {
            cli.Error.MarkupLine(
                $"[red]Error:[/] `{Markup.Escape(shown)}` holds a show already (input/{ShowParser.FileName}); add episodes with [bold]podcastsite new \"Title\"[/]."
            );
            return ExitCodes.Usage;
        }
        var today = DateOnly.FromDateTime(cli.Time.GetUtcNow().UtcDateTime);
        var archetype = BuiltInTheme.EpisodeArchetype(Path.Combine(target, CliContext.DefaultTheme));
        var files = ShowScaffold.Files(settings, today, Guid.NewGuid(), Guid.NewGuid(), ToolVersion.Current, archetype);
        var outcome = FileCreation.WriteNew(target, files);
        var ignoresOutputNow = outcome.Kept.Contains(GitIgnore) && AddOutputToGitIgnore(target, files.Single(f => f.Path == GitIgnore));

        cli.Out.MarkupLine($"Created [bold]{Markup.Escape(settings.Title)}[/] in [bold]{Markup.Escape(shown)}[/]:");
        foreach (var path in outcome.Created)
            cli.Out.WriteLine($"  {path}");
        foreach (var path in outcome.Kept)
            cli.Out.WriteLine(
                path == GitIgnore && ignoresOutputNow
                    ? $"  {path} (already there; `output/` added to it, so the built site is not committed)"
                    : $"  {path} (already there, kept as it was)"
            );
        cli.Out.WriteLine();
        cli.Out.WriteLine("Next:");
        if (target != Directory.GetCurrentDirectory())
            cli.Out.WriteLine($"  cd {shown}");
        cli.Out.WriteLine("  podcastsite preview                 # the site on http://127.0.0.1:5080/, rebuilt as you save");
        cli.Out.WriteLine("  podcastsite new \"Episode title\"     # a draft for your next episode");
        cli.Out.WriteLine("  podcastsite build                   # the finished site and feed in output/");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Appends our .gitignore to one the folder had, when that one does not ignore output/: kept as it was, the built
    /// site would be committed with the show. Whether the line was added.
    /// </summary>
    private static bool AddOutputToGitIgnore(string target, ScaffoldFile ours)
    {
        var path = Path.Combine(target, GitIgnore);
        var theirs = File.ReadAllText(path);
        var ignoresOutput = theirs.Split('\n').Any(line => line.Trim() is "output" or "output/" or "/output" or "/output/" or "output/*" or "/output/*");
        if (ignoresOutput)
            return false;
        var separator =
            theirs.Length == 0 ? ""
            : theirs.EndsWith('\n') ? "\n"
            : "\n\n";
        File.AppendAllText(path, separator + System.Text.Encoding.UTF8.GetString(ours.Content));
        return true;
    }

    /// <summary>The options checked as podcast.yml would check them, so the new show builds; null after saying what is wrong.</summary>
    private static ShowSettings? Settings(
        CliContext cli,
        string target,
        string? title,
        string author,
        string email,
        string baseUrl,
        string language,
        string category
    )
    {
        // Every option that is off, all at once: a podcaster fixes them in one go, not one run at a time.
        var problems = new List<string>();
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            problems.Add($"--base-url must be a web address like https://example.com/ or https://you.github.io/show/, not `{baseUrl}`.");
        if (!email.Contains('@'))
            problems.Add($"--email must be an email address, not `{email}`.");
        if (!LanguageCode().IsMatch(language))
            problems.Add(
                Text.LanguageNames.CodeOf(language) is { } code
                    ? $"--language must be a language code like en or en-US, not `{language}`; did you mean {code}?"
                    : $"--language must be a language code like en or en-US, not `{language}`."
            );
        if (AppleCategories.Parse(category) is null)
        {
            var suggestion = AppleCategories.Suggest(category);
            problems.Add(
                $"--category `{category}` is not an Apple Podcasts category"
                    + (suggestion is null ? "; for example Technology or \"Education > How To\"." : $"; did you mean \"{suggestion}\"?")
            );
        }
        foreach (var problem in problems)
            cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(problem)}");
        if (problems.Count > 0)
            return null;
        var showUrl = url!.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        return new ShowSettings(
            title ?? ShowScaffold.TitleFromFolder(Path.GetFileName(target)),
            author,
            email,
            showUrl,
            language,
            AppleCategories.Parse(category)!.ToString()
        );
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageCode();
}
