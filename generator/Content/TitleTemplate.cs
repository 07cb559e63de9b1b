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

    /// <summary>
    /// What is wrong with the template, in one line, or null: a syntax error, or a name it uses that is not one of
    /// its five (tried on sample values, since an unknown name would otherwise make every title silently empty there).
    /// </summary>
    public static string? Problem(string text)
    {
        var template = Compile(text);
        if (template.HasErrors)
            return string.Join("; ", template.Messages.Select(m => $"{m.Message} (at character {m.Span.Start.Column + 1})"));
        if (TryApply(template, "Title", ["Guest"], 1, 1, "Show", out var problem, strict: true) is not null)
            return null;
        return problem!.Contains("not found", StringComparison.Ordinal)
            ? $"{problem}; the names it can use are `title`, `guest_names`, `number`, `season` and `show_title`"
            : problem;
    }

    /// <summary>
    /// The episode's full title, or null and why not: a template that passed <see cref="Problem"/> on sample values
    /// can still fail on an episode's own (a loop that runs on for one number only).
    /// </summary>
    public static string? TryApply(
        Template template,
        string title,
        IReadOnlyList<string> guestNames,
        int? number,
        int? season,
        string showTitle,
        out string? problem,
        bool strict = false
    )
    {
        var values = new ScriptObject
        {
            ["title"] = title,
            ["guest_names"] = string.Join(", ", guestNames),
            ["number"] = number,
            ["season"] = season,
            ["show_title"] = showTitle,
        };
        // A title is a line: loops, recursion and output are held far below what a page's templates may do, and there is
        // nothing to include.
        var context = new TemplateContext
        {
            StrictVariables = strict,
            LoopLimit = 200,
            RecursiveLimit = 10,
            OutputLimit = 4096,
            TemplateLoader = null,
        };
        context.PushGlobal(values);
        string result;
        try
        {
            result = template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            problem = e.OriginalMessage.TrimEnd('.');
            return null;
        }
        problem = null;
        // A template like "{{ title }} - {{ guest_names }}" leaves a dangling separator when an episode has no guest.
        return result.Trim().TrimEnd('-', '–', '—', '|', ':', ',').Trim();
    }
}
