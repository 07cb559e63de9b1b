using Scriban;
using Scriban.Runtime;

namespace PodcastSite.Text;

/// <summary>
/// Scriban's functions (string, array, html, ...), made once and shared read-only by every page's template context,
/// instead of a new set for each of 20,000 pages. A show's title_template keeps a set of its own: it may change one
/// (`date.format`), as it always could.
/// </summary>
public static class ScribanFunctions
{
    public static ScriptObject Shared { get; } = ReadOnly(TemplateContext.GetDefaultBuiltinObject());

    private static ScriptObject ReadOnly(ScriptObject functions)
    {
        foreach (var value in functions.Values)
            if (value is ScriptObject inner)
                ReadOnly(inner);
        functions.IsReadOnly = true;
        return functions;
    }
}
