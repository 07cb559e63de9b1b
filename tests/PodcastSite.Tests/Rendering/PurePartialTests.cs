using PodcastSite.Rendering;
using PodcastSite.Tests.Support;
using Scriban;
using Shouldly;

namespace PodcastSite.Tests.Rendering;

/// <summary>
/// A partial that only reads variables is rendered once per set of values it reads and reused; any other is rendered
/// at every include, as Scriban would. Either way a page reads as if every include were rendered afresh.
/// </summary>
public sealed class PurePartialTests
{
    private static string Site(string episodeLayout, string partial) =>
        TestSite.Show
        + "\n"
        + TestSite.Episode
        + $"""

            -- theme/layouts/episode.html --
            {episodeLayout}
            -- theme/layouts/_partials/x.html --
            {partial}
            """;

    private static string TextOfOut(string fixture) =>
        TestSite.Build(fixture).ShouldSucceed().Html("episodes/hello/index.html").QuerySelector("#out")!.TextContent.Replace("\n", "");

    [Fact]
    public void A_pure_partial_writes_what_each_include_passes_it()
    {
        var layout = """{{ capture main }}<p id="out">{{ for v in ['a', 'b', 'a', 'c'] }}{{ x = v; include '_partials/x.html' }}{{ end }}</p>{{ end }}""";

        TextOfOut(Site(layout, "[{{ x | string.upcase }}]")).ShouldBe("[A][B][A][C]");
    }

    [Fact]
    public void A_pure_partial_reads_each_page_s_own_values()
    {
        var layout = """{{ capture main }}<p id="out">{{ include '_partials/x.html' }}</p>{{ end }}""";
        var fixture =
            Site(layout, "{{ page.title }}")
            + "\n"
            + TestSite.Episode.Replace("hello", "again").Replace("Hello", "Again").Replace("number: 1", "number: 2").Replace("1.mp3", "2.mp3");

        var site = TestSite.Build(fixture).ShouldSucceed();

        site.Html("episodes/hello/index.html").QuerySelector("#out")!.TextContent.Trim().ShouldBe("Hello");
        site.Html("episodes/again/index.html").QuerySelector("#out")!.TextContent.Trim().ShouldBe("Again");
    }

    [Theory]
    [InlineData("{{ y = y + x }}")]
    [InlineData("{{ capture y }}{{ y }}{{ x }}{{ end }}")]
    public void A_partial_that_sets_a_variable_sets_it_at_every_include(string partial)
    {
        // Both includes read the same values: only rendering each again sets `y` the second time.
        var layout =
            """{{ capture main }}<p id="out">{{ x = 'a'; y = ''; include '_partials/x.html' }}[{{ y }}]{{ y = ''; include '_partials/x.html' }}[{{ y }}]</p>{{ end }}""";

        TextOfOut(Site(layout, partial)).ShouldBe("[a][a]");
    }

    [Theory]
    [InlineData("{{ math.uuid }}")]
    [InlineData("{{ date.now | date.to_string '%T' }}")]
    public void A_partial_asking_for_something_new_each_time_is_rendered_at_every_include(string partial)
    {
        var layout = """{{ capture main }}<p id="out">{{ include '_partials/x.html' }}|{{ include '_partials/x.html' }}</p>{{ end }}""";
        var layouts = new Dictionary<string, Template> { ["page.html"] = Template.Parse(layout), ["_partials/x.html"] = Template.Parse(partial) };

        var partials = new PurePartials(layouts, new HashSet<string>());

        var includes = layouts["page.html"]
            .Page!.Body!.Statements.OfType<Scriban.Syntax.ScriptCaptureStatement>()
            .Single()
            .Body!.Statements.OfType<Scriban.Syntax.ScriptExpressionStatement>()
            .Select(s => s.Expression)
            .OfType<Scriban.Syntax.ScriptFunctionCall>()
            .ToList();
        includes.Count.ShouldBe(2);
        includes.ShouldAllBe(call => partials.IncludedBy(call) == null);
    }

    [Fact]
    public void A_partial_reading_a_list_the_page_changes_sees_each_change()
    {
        var layout = """{{ capture main }}<p id="out">{{ list = [1]; include '_partials/x.html'; list[0] = 2; include '_partials/x.html' }}</p>{{ end }}""";

        TextOfOut(Site(layout, "{{ list[0] }}")).ShouldBe("12");
    }

    [Theory]
    [InlineData("_partials/icon.html", true)]
    [InlineData("_partials/picture.html", true)]
    [InlineData("_partials/episode-card.html", false)]
    [InlineData("_partials/duration.html", false)]
    public void The_built_in_theme_s_icons_and_pictures_are_pure_and_what_sets_variables_is_not(string partial, bool pure)
    {
        var layouts = Directory
            .GetFiles(Repo.PathOf("theme/layouts"), "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Repo.PathOf("theme/layouts"), f), f => Template.Parse(File.ReadAllText(f), f));
        layouts["test.html"] = Template.Parse($"{{{{ include '{partial}' }}}}");

        var partials = new PurePartials(layouts, new HashSet<string>(["relative_url"]));

        var include = layouts["test.html"].Page!.Body!.Statements.OfType<Scriban.Syntax.ScriptExpressionStatement>().Single().Expression;
        (partials.IncludedBy((Scriban.Syntax.ScriptFunctionCall)include!) is not null).ShouldBe(pure);
    }
}
