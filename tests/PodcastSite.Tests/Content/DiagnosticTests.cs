using PodcastSite.Diagnostics;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Content;

/// <summary>Every mistake a podcaster can make is reported at its file, line and column, all at once.</summary>
public sealed class DiagnosticTests
{
    private static Diagnostic SingleProblem(string fixture, Severity severity = Severity.Error)
    {
        var site = TestSite.Build(fixture);
        var found = site.Result.Diagnostics.Where(d => d.Severity == severity).ToList();
        found.Count.ShouldBe(1, $"expected one {severity}, got:\n{string.Join("\n", site.Result.Diagnostics)}");
        return found[0];
    }

    private static string Episode(string frontMatter, string body = "Body.") =>
        TestSite.Show
        + $"""

            -- input/episodes/2026-01-15-x.md --
            ---
            {frontMatter}
            ---
            {body}
            """;

    private const string Valid = "title: X\ndate: 2026-01-15\nguid: g\naudio: { url: \"https://m.example.com/x.mp3\", length: 1, duration: 60 }";

    [Fact]
    public void Yes_is_not_a_boolean_and_the_error_says_what_to_write()
    {
        var problem = SingleProblem(Episode(Valid + "\nexplicit: yes"));

        problem.ToString().ShouldBe("input/episodes/2026-01-15-x.md(6,11): error: `explicit` must be `true` or `false`, not `yes`; write `explicit: true`");
    }

    [Theory]
    [InlineData(
        "     url: https://a.example.com",
        6,
        "this line is indented 5 spaces, and `name` on the line above 4 spaces; keys that belong together line up, so indent this line 4 spaces"
    )]
    [InlineData(
        "   url: https://a.example.com",
        4,
        "this line is indented 3 spaces, and `name` on the line above 4 spaces; keys that belong together line up, so indent this line 4 spaces"
    )]
    public void A_key_indented_off_the_one_above_it_is_an_error_that_says_how_far_to_indent_it(string line, int column, string message)
    {
        var problem = SingleProblem(Episode(Valid + $"\nguest:\n  - name: A\n{line}"));

        problem.ToString().ShouldBe($"input/episodes/2026-01-15-x.md(8,{column}): error: invalid YAML: {message}");
    }

    [Theory]
    [InlineData("sponsor:\n  name: @acme")]
    [InlineData("guest:\n  - name: Ann\n  - name: @bob")]
    [InlineData("sponsor:\n  name: Acme\nsummary: @x")]
    [InlineData("guest:\n  - @ann")]
    public void A_yaml_mistake_that_is_not_indentation_is_not_blamed_on_it(string lines)
    {
        var problem = SingleProblem(Episode(Valid + "\n" + lines));

        problem.Message.ShouldStartWith("invalid YAML: ");
        problem.Message.ShouldNotContain("indent");
    }

    [Theory]
    [InlineData("language: English", "`language` must be a language code like `en` or `en-US`, not `English`; write `language: en`")]
    [InlineData("language: Deutsch", "`language` must be a language code like `en` or `en-US`, not `Deutsch`; write `language: de`")]
    [InlineData("language: Klingonese", "`language` must be a language code like `en` or `en-US`, not `Klingonese`")]
    [InlineData(
        "timezone: Europe/Stockhom",
        "`timezone` must be an IANA time zone like `Europe/Berlin`, not `Europe/Stockhom`; did you mean `Europe/Stockholm`?"
    )]
    public void A_language_or_time_zone_written_as_people_say_it_suggests_what_to_write(string line, string message)
    {
        var problem = SingleProblem(Episode(Valid).Replace("categories: [Technology]", $"categories: [Technology]\n{line}"));

        problem.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("assets/Notes.VTT", "; the file is `assets/notes.vtt`, and letter case counts on the web")]
    [InlineData("assets/note.vtt", "; did you mean `assets/notes.vtt`?")]
    [InlineData("assets/other.vtt", "")]
    public void A_file_that_is_not_there_names_the_one_likely_meant(string written, string hint)
    {
        var fixture = Episode(Valid + $"\ntranscript: {written}") + "\n-- input/assets/notes.vtt --\nWEBVTT\n";

        SingleProblem(fixture).Message.ShouldBe($"`transcript` file `{written}` does not exist (looked for `input/{written}`){hint}");
    }

    [Fact]
    public void A_missing_title_is_an_error_in_the_episode_file()
    {
        var problem = SingleProblem(Episode(Valid.Replace("title: X\n", "")));

        problem.Path.ShouldBe("input/episodes/2026-01-15-x.md");
        problem.Message.ShouldBe("missing required key `title`");
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line_in_the_md_file()
    {
        var problem = SingleProblem(Episode(Valid + "\nsummary: [unclosed"));

        problem.Path.ShouldBe("input/episodes/2026-01-15-x.md");
        problem.Line.ShouldBeGreaterThanOrEqualTo(6);
        problem.Message.ShouldStartWith("invalid YAML");
    }

    [Fact]
    public void A_key_given_twice_in_a_nested_mapping_names_the_line_of_the_first()
    {
        var fixture = Episode(Valid + "\nlicense:\n  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n  name: MIT");

        var problem = SingleProblem(fixture);

        problem
            .ToString()
            .ShouldBe("input/episodes/2026-01-15-x.md(9,3): error: invalid YAML: `name` is given twice; the first is at line 7, and only one may stay");
    }

    [Fact]
    public void A_slug_published_under_another_form_is_a_warning_with_the_form_it_gets()
    {
        var fixture = Episode(Valid) + "\n-- input/pages/feed.md --\n---\ntitle: Our feed\nslug: feed.xml\n---\nSubscribe.\n";

        var problem = SingleProblem(fixture, Severity.Warning);

        problem
            .ToString()
            .ShouldBe(
                "input/pages/feed.md(3,7): warning: `slug: feed.xml` is published as `feed-xml`, since a slug is lower-case letters, digits and dashes; write `slug: feed-xml` to say so"
            );
    }

    [Fact]
    public void A_path_that_starts_with_the_input_folder_is_told_to_leave_it_out()
    {
        var problem = SingleProblem(TestSite.Show.Replace("image: assets/cover.jpg", "image: input/assets/cover.jpg"));

        problem.Path.ShouldBe("input/podcast.yml");
        problem.Message.ShouldBe("`image` paths start from the input folder `input/`, so leave `input/` out: write `assets/cover.jpg`");
    }

    [Fact]
    public void A_misspelt_key_is_a_warning_that_names_the_key_it_meant()
    {
        var problem = SingleProblem(Episode(Valid + "\nsponser: { name: X, text: Y }"), Severity.Warning);

        problem.ToString().ShouldBe("input/episodes/2026-01-15-x.md(6,1): warning: unknown key `sponser` in front matter; did you mean `sponsor`?");
    }

    [Fact]
    public void A_path_that_leaves_the_input_folder_is_refused()
    {
        var problem = SingleProblem(Episode(Valid + "\ntranscript: ../../etc/passwd"));

        problem.Line.ShouldBe(6);
        problem.Column.ShouldBe(13);
        problem.Message.ShouldContain("leaves the input folder");
    }

    [Fact]
    public void A_path_that_goes_back_up_but_stays_inside_is_refused_with_the_straight_path()
    {
        var problem = SingleProblem(Episode(Valid + "\ntranscript: assets/audio/../notes.vtt"));

        problem.Message.ShouldBe("`transcript` path `assets/audio/../notes.vtt` goes back up with `..`; write it straight from `input/`: `assets/notes.vtt`");
    }

    [Theory]
    [InlineData("Tecnology", "Technology")]
    [InlineData("Tech", "Technology")]
    [InlineData("technology", "Technology")]
    [InlineData("Tech News", "News > Tech News")]
    [InlineData("education > how to", "Education > How To")]
    [InlineData("Sci", "Science")]
    public void A_category_apple_does_not_know_suggests_the_one_meant(string written, string meant)
    {
        var problem = SingleProblem(Episode(Valid).Replace("categories: [Technology]", $"categories: [{written}]"));

        problem.ToString().ShouldBe($"input/podcast.yml(7,14): error: `{written}` is not an Apple Podcasts category; did you mean `{meant}`?");
    }

    [Fact]
    public void Two_episodes_with_one_slug_name_both_files()
    {
        var fixture =
            Episode(Valid)
            + """

                -- input/episodes/x.md --
                ---
                title: Y
                date: 2026-01-16
                guid: other
                audio: { url: "https://m.example.com/y.mp3", length: 1, duration: 60 }
                ---
                """;

        var problem = SingleProblem(fixture);

        problem.Message.ShouldContain("same slug `x`");
        problem.Message.ShouldEndWith("each episode needs its own: add a `slug:` line, or rename the file");
        problem.ToString().ShouldContain("2026-01-15-x.md");
        problem.ToString().ShouldContain("episodes/x.md");
    }

    [Fact]
    public void A_draft_that_repeats_a_published_episodes_number_is_the_one_reported_wherever_its_file_sorts()
    {
        // The draft sorts first, as `new` names files by today's date and a draft may be older than it looks.
        var fixture =
            TestSite.Show
            + """

                -- input/episodes/2026-01-15-a-draft.md --
                ---
                title: Draft
                date: 2026-01-15
                number: 1
                guid: g
                draft: true
                ---
                -- input/episodes/2026-01-16-published.md --
                ---
                title: Published
                date: 2026-01-16
                number: 1
                guid: g
                audio: { url: "https://m.example.com/p.mp3", length: 1, duration: 60 }
                ---
                """;

        var errors = TestSite.Build(fixture).Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString());

        // Listeners' apps already hold the published episode's number and guid: the draft is the one to change.
        errors.ShouldBe(
            [
                "input/episodes/2026-01-15-a-draft.md(4,9): error: same number `1` as input/episodes/2026-01-16-published.md(4,9); each episode needs its own",
                "input/episodes/2026-01-15-a-draft.md(5,7): error: same guid `g` as input/episodes/2026-01-16-published.md(5,7); each episode needs its own",
            ],
            ignoreOrder: true
        );
    }

    [Fact]
    public void A_title_or_guest_name_too_long_for_a_folder_name_is_an_error_at_its_line_not_a_failed_write()
    {
        var longTitle = string.Join(' ', Enumerable.Repeat("Lorem ipsum dolor", 15));
        var longName = string.Join(' ', Enumerable.Repeat("Maria", 45));
        var fixture =
            TestSite.Show
            + $$"""

                -- input/episodes/2026-01-15-long.md --
                ---
                title: {{longTitle}}
                slug: {{longTitle}}
                date: 2026-01-15
                guid: g
                audio: { url: "https://m.example.com/x.mp3", length: 1, duration: 60 }
                guest: {{longName}}
                ---
                """;

        var errors = TestSite.Build(fixture).Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();

        errors.Count.ShouldBe(2, string.Join("\n", errors));
        errors.ShouldContain(e =>
            e.StartsWith(
                "input/episodes/2026-01-15-long.md(3,7): error: the episode's URL slug `lorem-ipsum-dolor-lorem-ipsum-dolor-lore…` is longer than the 200 bytes"
            )
        );
        errors.ShouldContain(e =>
            e.StartsWith("input/episodes/2026-01-15-long.md(7,8): error: a name this long (`Maria Maria Maria Maria Maria Maria Mari…`)")
        );
    }

    [Fact]
    public void A_slug_that_Windows_keeps_for_a_device_is_named_at_its_line_for_whoever_builds_there()
    {
        // `episodes/con/` cannot be made on Windows: the build there failed while writing, with no position.
        var fixture =
            TestSite.Show
            + """

                -- input/episodes/2026-01-15-con.md --
                ---
                title: Con
                date: 2026-01-15
                guid: g1
                audio: { url: "https://m.example.com/1.mp3", length: 1, duration: 60 }
                ---
                -- input/episodes/2026-01-16-x.md --
                ---
                title: X
                slug: LPT1
                date: 2026-01-16
                guid: g2
                audio: { url: "https://m.example.com/2.mp3", length: 1, duration: 60 }
                guest:
                  - name: Aux
                ---
                -- input/pages/nul.md --
                ---
                title: Nul
                ---
                """;

        var found = TestSite
            .Build(fixture)
            .Result.Diagnostics.Where(d => d.Message.Contains("device name on Windows", StringComparison.Ordinal))
            .Select(d => d.ToString())
            .ToList();

        var severity = OperatingSystem.IsWindows() ? "error" : "warning";
        found.ShouldBe(
            [
                $"input/episodes/2026-01-15-con.md(2,1): {severity}: the episode's URL slug `con` is a device name on Windows, where no folder may have it, so the site cannot be built or copied there; add another `slug:`",
                $"input/episodes/2026-01-16-x.md(3,7): {severity}: the episode's URL slug `lpt1` is a device name on Windows, where no folder may have it, so the site cannot be built or copied there; write another `slug:`",
                $"input/episodes/2026-01-16-x.md(8,11): {severity}: the guest page's address `aux` is a device name on Windows, where no folder may have it, so the site cannot be built or copied there; write the guest's full name",
                $"input/pages/nul.md(2,1): {severity}: the page's address `/nul/` is a device name on Windows, where no folder may have it, so the site cannot be built or copied there; give it another `slug:`",
            ],
            ignoreOrder: true
        );
    }

    [Fact]
    public void Every_problem_of_a_build_is_reported_at_once()
    {
        var fixture =
            Episode(Valid + "\nexplicit: no\nnumber: -3")
            + """

                -- input/episodes/broken.md --
                no front matter here
                """;

        var site = TestSite.Build(fixture);

        site.Errors.Count.ShouldBe(3, string.Join("\n", site.Result.Diagnostics));
        site.Result.Files.ShouldBeEmpty();
    }

    [Fact]
    public void Problems_after_a_fatal_one_in_the_same_file_are_reported_too()
    {
        var site = TestSite.Build(Episode(Valid.Replace("title: X\n", "") + "\nlinks:\n  - { title: No URL }\nyoutube: not a url"));

        site.Errors.Select(d => d.Message)
            .ShouldBe(
                ["missing required key `title`", "missing required key `url`", "`youtube` must be an absolute http(s) URL, not `not a url`"],
                ignoreOrder: true
            );
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_not_expanded()
    {
        var bomb = string.Join(
            "\n",
            new[]
            {
                "a: &a [x, x, x, x, x, x, x, x, x, x]",
                "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
                "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
                "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
                "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
                "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]",
                "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]",
            }
        );

        var site = TestSite.Build(Episode(Valid + "\n" + bomb));

        site.Errors.ShouldContain(d => d.Message.Contains("expands to more than 10000 values"));
    }

    [Fact]
    public void Cover_art_apple_would_refuse_is_a_warning()
    {
        var fixture =
            Episode(Valid)
            + """

                -- input/assets/cover.jpg --
                @file tests/PodcastSite.Tests/Fixtures/small-cover.png
                """;

        var warnings = TestSite.Build(fixture).Warnings.Select(w => w.ToString());

        warnings.ShouldBe([
            "input/podcast.yml(4,8): warning: `assets/cover.jpg` holds a PNG image but is named `.jpg`; rename it to `.png`, since apps go by the extension",
            "input/podcast.yml(4,8): warning: `assets/cover.jpg` is 600x400 px; Apple Podcasts wants square art of 1400x1400 to 3000x3000 px",
        ]);
    }

    [Fact]
    public void Audio_that_is_not_audio_is_an_error_naming_the_file()
    {
        var fixture =
            Episode(Valid.Replace("audio: { url: \"https://m.example.com/x.mp3\", length: 1, duration: 60 }", "audio: assets/x.mp3"))
            + """

                -- input/assets/x.mp3 --
                this is a text file
                """;

        var problem = SingleProblem(fixture);

        problem.ToString().ShouldStartWith("input/episodes/2026-01-15-x.md(5,8): error: cannot read audio `assets/x.mp3`: not an audio file");
    }

    [Fact]
    public void A_front_matter_duration_that_disagrees_with_the_file_is_a_warning()
    {
        var fixture =
            Episode(Valid.Replace("audio: { url: \"https://m.example.com/x.mp3\", length: 1, duration: 60 }", "audio: assets/x.mp3\nduration: \"10:00\""))
            + """

                -- input/assets/x.mp3 --
                @audio cbr.mp3
                """;

        var problem = SingleProblem(fixture, Severity.Warning);

        problem.Message.ShouldContain("differs from the length of `assets/x.mp3` (00:08)");
    }

    [Fact]
    public void Audio_by_url_without_a_length_says_how_to_give_one()
    {
        var problem = SingleProblem(
            Episode(Valid.Replace("audio: { url: \"https://m.example.com/x.mp3\", length: 1, duration: 60 }", "audio: https://m.example.com/x.mp3"))
        );

        problem.Message.ShouldContain("needs its byte length");
    }
}
