using Scriban;
using Scriban.Runtime;

namespace PodcastSite.Content;

/// <summary>
/// The show's <c>title_template</c>, a Scriban template over <c>title</c>, <c>guest_names</c>, <c>number</c>,
/// <c>season</c> and <c>show_title</c>: <c>"{{ title }} - {{ guest_names }}"</c> gives <c>Building X - Jane Doe</c>.
/// </summary>
public static class TitleTemplate
{
    public static Template Compile(string text) => Template.Parse(text);

    public static string Apply(Template template, string title, IReadOnlyList<string> guestNames, int? number, int? season, string showTitle)
    {
        var values = new ScriptObject
        {
            ["title"] = title,
            ["guest_names"] = string.Join(", ", guestNames),
            ["number"] = number,
            ["season"] = season,
            ["show_title"] = showTitle,
        };
        var context = new TemplateContext();
        context.PushGlobal(values);
        var result = template.Render(context);
        // A template like "{{ title }} - {{ guest_names }}" leaves a dangling separator when an episode has no guest.
        return result.Trim().TrimEnd('-', '–', '—', '|', ':', ',').Trim();
    }
}
