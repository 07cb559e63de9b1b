using System.Runtime.CompilerServices;
using PodcastSite.Model;
using PodcastSite.Rendering;
using PodcastSite.Rendering.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Shouldly;

namespace PodcastSite.Tests.Rendering;

/// <summary>
/// Templates read views through hand-written member tables, since a Native AOT binary cannot reflect over them.
/// These tests hold the tables to what Scriban's reflection shows under the JIT, so themes work the same in both.
/// </summary>
public sealed class TemplateViewTests
{
    public static TheoryData<Type> Views() =>
        [.. typeof(ITemplateView).Assembly.GetTypes().Where(t => t.IsClass && typeof(ITemplateView).IsAssignableFrom(t)).OrderBy(t => t.Name)];

    [Theory]
    [MemberData(nameof(Views))]
    public void Templates_see_every_property_of_a_view_under_its_snake_case_name(Type view)
    {
        var context = new TemplateContext();
        var byReflection = new TypedObjectAccessor(view, filter: null, StandardMemberRenamer.Default)
            .GetMembers(context, default, null!)
            .Where(name => name is not ("lazy_notes_html" or "lazy_chapters"));
        // The member table is static; an instance made without its constructor is enough to reach it.
        var table = ((ITemplateView)RuntimeHelpers.GetUninitializedObject(view)).Members.GetMembers(context, default, null!);

        table.Order().ShouldBe(byReflection.Order());
    }

    [Fact]
    public void A_view_member_reads_its_value_and_notes_and_chapters_are_made_on_first_read()
    {
        var rendered = 0;
        var notes = new Lazy<string>(() =>
        {
            rendered++;
            return "<p>notes</p>";
        });
        var chaptersMade = 0;
        var chapters = new Lazy<IReadOnlyList<ChapterView>>(() =>
        {
            chaptersMade++;
            return [new ChapterView("0:00", 0, "Intro", null), new ChapterView("5:00", 300, "Main", null)];
        });
        var episode = new EpisodeView(
            "s",
            "u",
            "a",
            "Title",
            "Full title",
            "d",
            "i",
            7,
            null,
            "full",
            "sum",
            null,
            false,
            null,
            [],
            [],
            chapters,
            null,
            null,
            null,
            null,
            false,
            false,
            new Dictionary<string, object?>(),
            notes
        );

        Render("{{ page.full_title }} #{{ page.number }}", episode).ShouldBe("Full title #7");
        rendered.ShouldBe(0);
        chaptersMade.ShouldBe(0);
        Render("{{ page.notes_html }}{{ page.notes_html }}", episode).ShouldBe("<p>notes</p><p>notes</p>");
        rendered.ShouldBe(1);
        Render("{{ for c in page.chapters }}{{ c.start }} {{ c.title }};{{ end }}{{ page.chapters.size }}", episode).ShouldBe("0:00 Intro;5:00 Main;2");
        chaptersMade.ShouldBe(1);
    }

    [Fact]
    public void A_model_object_handed_to_a_template_is_an_error_instead_of_a_reflected_read()
    {
        var person = new Person("Jane Doe", "jane-doe", null, null, "guest", "cast");

        var error = Should.Throw<Scriban.Syntax.ScriptRuntimeException>(() => Render("{{ page.name }}", person));

        error.Message.ShouldContain(nameof(ITemplateView));
    }

    private static string Render(string text, object page)
    {
        var context = new ViewTemplateContext { StrictVariables = true, MemberRenamer = StandardMemberRenamer.Default };
        context.PushGlobal(new ScriptObject { ["page"] = page });
        return Template.Parse(text).Render(context);
    }
}
