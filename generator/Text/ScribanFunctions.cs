using Scriban;
using Scriban.Runtime;

namespace PodcastSite.Text;

/// <summary>
/// Scriban's functions (string, array, html, ...), made once and shared read-only by every template context. A
/// context made without them makes a set of its own: for each of 20,000 pages, or each episode's title.
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
