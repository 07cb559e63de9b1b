using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Cli;

/// <summary>`init`, `new` and `theme eject` as a podcaster starting a show uses them, with no theme folder of their own.</summary>
public sealed class ScaffoldTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("podcastsite-init-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Show => Path.Combine(_work, "night-shift");

    private string Input => Path.Combine(Show, "input");

    [Fact]
    public void Init_makes_a_show_that_builds_and_validates_with_the_built_in_theme()
    {
        var init = CliRun.Run("init", Show, "--author", "Ana Díaz", "--email", "ana@example.org", "--category", "Education > How To");

        init.ExitCode.ShouldBe(0, init.Error);
        init.Out.ShouldContain("Created Night Shift in");
        init.Out.ShouldContain("podcastsite new \"Episode title\"");
        foreach (
            var file in new[]
            {
                "input/podcast.yml",
                "input/assets/cover.png",
                "input/pages/about.md",
                ".gitignore",
                ".github/workflows/publish.yml",
                ".config/dotnet-tools.json",
                "README.md",
            }
        )
            File.Exists(Path.Combine(Show, file)).ShouldBeTrue($"init made no {file}");
        Directory.Exists(Path.Combine(Show, "theme")).ShouldBeFalse("a new show uses the built-in theme");

        var build = CliRun.Run("build", "--input", Input, "--output", Path.Combine(Show, "output"), "--drafts");
        var validate = CliRun.Run("validate", "--input", Input);

        build.ExitCode.ShouldBe(0, build.Error);
        // Its cover meets Apple's rules and its first episode has audio: what is left is for the podcaster to write.
        build
            .Error.Split('\n')
            .Where(line => line.Contains(": warning: "))
            .ShouldHaveSingleItem()
            .ShouldContain("podcast.yml(6,14): warning: `description` is still the text `init` wrote");
        validate.ExitCode.ShouldBe(0, validate.Error);
        var feed = File.ReadAllText(Path.Combine(Show, "output", "feed.xml"));
        feed.ShouldContain("<title>Night Shift</title>");
        feed.ShouldContain("<itunes:category text=\"Education\">");
        feed.ShouldContain("ana@example.org");
        Directory.GetDirectories(Path.Combine(Show, "output", "episodes")).ShouldHaveSingleItem().ShouldEndWith("welcome-to-night-shift");
    }

    [Fact]
    public void Init_documents_every_podcast_yml_key_in_the_file_it_writes()
    {
        CliRun.Run("init", Show).ExitCode.ShouldBe(0);
        var yml = File.ReadAllText(Path.Combine(Input, "podcast.yml"));

        var missing = ShowParser.Keys.Where(key => !yml.Contains($"\n{key}:") && !yml.Contains($"\n# {key}:")).ToList();

        missing.ShouldBeEmpty("podcast.yml from init should show every key, commented where optional");
    }

    [Fact]
    public void Init_never_overwrites_and_refuses_a_folder_that_holds_a_show()
    {
        Directory.CreateDirectory(Show);
        File.WriteAllText(Path.Combine(Show, "README.md"), "my notes");

        var first = CliRun.Run("init", Show);
        var yml = File.ReadAllText(Path.Combine(Input, "podcast.yml"));
        var second = CliRun.Run("init", Show, "--title", "Something Else");

        first.ExitCode.ShouldBe(0);
        first.Out.ShouldContain("README.md (already there, kept as it was)");
        File.ReadAllText(Path.Combine(Show, "README.md")).ShouldBe("my notes");
        second.ExitCode.ShouldBe(2);
        second.Error.ShouldContain("holds a show already");
        File.ReadAllText(Path.Combine(Input, "podcast.yml")).ShouldBe(yml);
    }

    [Fact]
    public void Init_adds_output_to_a_gitignore_that_was_there_and_keeps_the_rest()
    {
        Directory.CreateDirectory(Show);
        File.WriteAllText(Path.Combine(Show, ".gitignore"), ".DS_Store");

        var init = CliRun.Run("init", Show);

        init.ExitCode.ShouldBe(0, init.Error);
        init.Out.ShouldContain(".gitignore (already there; `output/` added to it, so the built site is not committed)");
        File.ReadAllText(Path.Combine(Show, ".gitignore"))
            .ShouldBe(".DS_Store\n\n# The built site: made again by every build, never edited by hand.\noutput/\n");
    }

    [Theory]
    [InlineData("output/\n")]
    [InlineData("# mine\r\n/output\r\n")]
    public void Init_leaves_a_gitignore_that_ignores_output_already_as_it_was(string gitignore)
    {
        Directory.CreateDirectory(Show);
        File.WriteAllText(Path.Combine(Show, ".gitignore"), gitignore);

        var init = CliRun.Run("init", Show);

        init.ExitCode.ShouldBe(0, init.Error);
        init.Out.ShouldContain(".gitignore (already there, kept as it was)");
        File.ReadAllText(Path.Combine(Show, ".gitignore")).ShouldBe(gitignore);
    }

    [Theory]
    [InlineData("--base-url", "ftp://example.com/", "--base-url must be a web address")]
    [InlineData("--category", "Tecnology", "did you mean \"Technology\"?")]
    [InlineData("--email", "ana.example.org", "--email must be an email address")]
    [InlineData("--language", "english please", "--language must be a language code")]
    public void Init_checks_its_options_as_podcast_yml_would(string option, string value, string message)
    {
        var result = CliRun.Run("init", Show, option, value);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(message);
        Directory.Exists(Show).ShouldBeFalse();
    }

    [Fact]
    public void A_draft_without_audio_yet_is_mentioned_where_drafts_are_shown_and_fails_no_strict_check_while_it_is_written()
    {
        CliRun.Run("init", Show, "--author", "Ana Díaz", "--email", "ana@example.org").ExitCode.ShouldBe(0);
        var podcastYml = Path.Combine(Input, "podcast.yml");
        File.WriteAllText(podcastYml, File.ReadAllText(podcastYml).Replace(Scaffold.InitPlaceholders.DescriptionStart, "Night-time talk about night shifts."));
        CliRun.Run("new", "Night Owls", "--input", Input).ExitCode.ShouldBe(0);

        var strict = CliRun.Run("validate", "--input", Input, "--strict");
        var withDrafts = CliRun.Run("validate", "--input", Input, "--strict", "--drafts");

        strict.ExitCode.ShouldBe(0, strict.Error);
        withDrafts.ExitCode.ShouldBe(1);
        withDrafts.Error.ShouldContain("this draft has no `audio` yet; it stays out of the feed until it has some");
    }

    [Fact]
    public void Init_names_every_option_that_is_off_in_one_run()
    {
        var result = CliRun.Run(
            "init",
            Show,
            "--base-url",
            "ftp://example.com/",
            "--email",
            "ana.example.org",
            "--language",
            "english please",
            "--category",
            "Tecnology"
        );

        result.ExitCode.ShouldBe(2);
        result.Error.Split('\n').Count(line => line.StartsWith("Error: --", StringComparison.Ordinal)).ShouldBe(4, result.Error);
        Directory.Exists(Show).ShouldBeFalse();
    }

    [Theory]
    [InlineData(
        "ポッドキャストの作り方について話しますポッドキャストの作り方について話しますポッドキャストの作り方について話しますポッドキャストの作り方について話します"
    )]
    [InlineData(
        "How we rebuilt our entire podcast publishing pipeline from scratch using static site generators, object storage and a lot of coffee: a very long conversation with three guests about everything that went wrong"
    )]
    public void New_makes_a_readable_file_name_from_a_long_title(string title)
    {
        CliRun.Run("init", Show).ExitCode.ShouldBe(0);

        var result = CliRun.Run("new", title, "--input", Input, "--date", "2026-12-01");

        result.ExitCode.ShouldBe(0, result.Error);
        var file = Path.GetFileName(result.Out.Trim());
        file.ShouldStartWith("2026-12-01-");
        Path.GetFileNameWithoutExtension(file)["2026-12-01-".Length..].Length.ShouldBeLessThanOrEqualTo(PodcastSite.Text.Slug.FromTitleLength);
        File.ReadAllText(Path.Combine(Input, "episodes", file)).ShouldContain(title);
    }

    [Fact]
    public void New_writes_the_next_numbered_draft_with_a_fresh_guid_and_never_overwrites()
    {
        CliRun.Run("init", Show).ExitCode.ShouldBe(0);

        var first = CliRun.Run("new", "Night Owls", "--input", Input, "--guest", "Bo Chen", "--guest", "Zoë: \"The\" Owl", "--date", "2026-12-01");
        var again = CliRun.Run("new", "Night Owls", "--input", Input, "--date", "2026-12-01");
        var seasonTwo = CliRun.Run("new", "A New Season", "--input", Input, "--season", "2", "--date", "2027-01-05");

        first.ExitCode.ShouldBe(0, first.Error);
        first.Out.Trim().ShouldEndWith("episodes/2026-12-01-night-owls.md");
        var text = File.ReadAllText(Path.Combine(Input, "episodes", "2026-12-01-night-owls.md"));
        text.ShouldContain("number: 2\n");
        text.ShouldContain("draft: true\n");
        text.ShouldContain("  - name: \"Zoë: \\\"The\\\" Owl\"\n");
        text.ShouldMatch(@"guid: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n");
        again.Out.Trim().ShouldEndWith("episodes/2026-12-01-night-owls-2.md");
        File.ReadAllText(Path.Combine(Input, "episodes", "2026-12-01-night-owls-2.md")).ShouldContain("number: 3\n");
        File.ReadAllText(Path.Combine(Input, "episodes", "2027-01-05-a-new-season.md")).ShouldContain("number: 1\nseason: 2\n");

        var build = CliRun.Run("build", "--input", Input, "--output", Path.Combine(Show, "output"), "--drafts", "--future", "--now", "2027-02-01");
        build.ExitCode.ShouldBe(0, build.Error);
        build.Error.ShouldContain("this draft has no `audio` yet; it stays out of the feed until it has some");
        File.Exists(Path.Combine(Show, "output", "episodes", "night-owls", "index.html")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("--date", "31/12/2026", "--date must be a date like 2026-03-31")]
    [InlineData("--season", "0", "--season must be a whole number from 1 up, not '0'")]
    public void New_explains_a_bad_option_value(string option, string value, string message)
    {
        CliRun.Run("init", Show).ExitCode.ShouldBe(0);

        var result = CliRun.Run("new", "Title", "--input", Input, option, value);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(message);
    }

    [Fact]
    public void Theme_eject_copies_the_built_in_theme_and_keeps_files_already_there()
    {
        var theme = Path.Combine(_work, "theme");
        Directory.CreateDirectory(Path.Combine(theme, "static", "css"));
        File.WriteAllText(Path.Combine(theme, "static", "css", "site.css"), "body { color: teal }");

        var result = CliRun.Run("theme", "eject", theme);

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("Kept 1 file already there: static/css/site.css");
        File.ReadAllText(Path.Combine(theme, "static", "css", "site.css")).ShouldBe("body { color: teal }");
        File.ReadAllText(Path.Combine(theme, "layouts", "base.html")).ShouldBe(File.ReadAllText(Repo.PathOf("theme/layouts/base.html")));
    }

    [Fact]
    public void New_refuses_to_write_through_an_episodes_folder_that_links_elsewhere()
    {
        CliRun.Run("init", Show).ExitCode.ShouldBe(0);
        var elsewhere = Directory.CreateDirectory(Path.Combine(_work, "elsewhere")).FullName;
        Directory.Move(Path.Combine(Input, "episodes"), Path.Combine(_work, "episodes-was"));
        Directory.CreateSymbolicLink(Path.Combine(Input, "episodes"), elsewhere);

        var result = CliRun.Run("new", "Night Owls", "--input", Input, "--date", "2026-12-01");

        result.ExitCode.ShouldBe(1, result.Out);
        result.Error.ShouldContain(
            $"episodes` is a link to `{elsewhere}`; PodcastSite writes a show's files only into folders of the show's own, so nothing was written"
        );
        result.Error.ShouldNotContain("   at ");
        Directory.GetFileSystemEntries(elsewhere).ShouldBeEmpty();
    }

    [Fact]
    public void Theme_eject_into_an_empty_name_is_a_usage_error()
    {
        var result = CliRun.Run("theme", "eject", "");

        result.ExitCode.ShouldBe(2);
        result.Error.Trim().ShouldBe("Error: DIR must name a folder; it was given as an empty text.");
    }

    [Fact]
    public void A_show_that_still_holds_what_init_wrote_for_the_podcaster_to_replace_says_so_before_it_is_published()
    {
        CliRun.Run("init", Show).ExitCode.ShouldBe(0);

        var validate = CliRun.Run("validate", "--input", Input, "--strict");

        validate.ExitCode.ShouldBe(1, "--strict fails on a warning");
        validate.Error.ShouldContain("`description` is still the text `init` wrote");
        validate.Error.ShouldContain("`author` is still `Your Name`, which `init` wrote");
        validate.Error.ShouldContain("`email` is still `you@example.com`, which `init` wrote: Apple and Spotify send the show's ownership checks there");
    }

    [Theory]
    [InlineData("America/Los_Angeles", "date: 2026-12-01T00:00:00-08:00\n")]
    [InlineData("Pacific/Auckland", "date: 2026-12-01T00:00:00+13:00\n")]
    [InlineData("UTC", "date: 2026-12-01\n")]
    public void New_dates_an_episode_from_midnight_in_the_show_s_time_zone_so_the_site_shows_that_day(string timeZone, string written)
    {
        CliRun.Run("init", Show).ExitCode.ShouldBe(0);
        var podcastYml = Path.Combine(Input, "podcast.yml");
        File.WriteAllText(podcastYml, File.ReadAllText(podcastYml).Replace("timezone: UTC", $"timezone: {timeZone}"));

        var made = CliRun.Run("new", "Night Owls", "--input", Input, "--date", "2026-12-01");
        var build = CliRun.Run(
            "build",
            "--input",
            Input,
            "--output",
            Path.Combine(Show, "output"),
            "--drafts",
            "--now",
            "2026-12-01T00:30:00" + (timeZone == "UTC" ? "Z" : written[^7..^1])
        );

        made.ExitCode.ShouldBe(0, made.Error);
        File.ReadAllText(Path.Combine(Input, "episodes", "2026-12-01-night-owls.md")).ShouldContain(written);
        build.ExitCode.ShouldBe(0, build.Error);
        File.ReadAllText(Path.Combine(Show, "output", "episodes", "night-owls", "index.html"))
            .ShouldContain(">December 1, 2026</time>", customMessage: "half an hour into the show's day, the episode is out and dated that day");
    }
}
