using PodcastSite.Rendering.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PodcastSite.Rendering;

/// <summary>
/// A template context that reads views through their own member tables. Scriban reflects over any other .NET
/// object, which works under the JIT but finds no members in a Native AOT binary: an object of ours that is not an
/// <see cref="ITemplateView"/> is a bug, reported the first time any test renders it.
/// </summary>
public sealed class ViewTemplateContext() : TemplateContext(SharedBuiltins)
{
    /// <summary>What the page being rendered in this context is written to.</summary>
    public PageOutput Page { get; } = new();

    // Scriban's functions (string, array, html, ...) made once and shared by every page's context, read-only, instead
    // of a new set for each of 20,000 pages.
    private static readonly ScriptObject SharedBuiltins = ReadOnly(GetDefaultBuiltinObject());

    private static ScriptObject ReadOnly(ScriptObject functions)
    {
        foreach (var value in functions.Values)
            if (value is ScriptObject inner)
                ReadOnly(inner);
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>
    /// A captured block (<c>{{ capture main }}</c>, written out by base.html's <c>{{ main }}</c>) goes into the page
    /// chunk by chunk. Scriban would first make it a string of its own: a page's whole text copied once more.
    /// </summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // Scriban does the rest: a block written where its line is indented (`  {{ main }}`) gets the indent on every
        // line. Its last character goes through Scriban too, which remembers whether a line ended there. What is
        // appended here is not counted against OutputLimit, which the build leaves unset (TemplateRenderer).
        if (textAsObject is StringBuilderOutput { Builder: { Length: > 1 } captured } && Output is PageOutput page && string.IsNullOrEmpty(CurrentIndent))
        {
            page.Write(captured, captured.Length - 1);
            return Write(captured[^1] == '\n' ? "\n" : captured[^1].ToString());
        }
        return base.Write(span, textAsObject);
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target switch
        {
            ITemplateView view => view.Members,
            _ when target.GetType().Assembly == typeof(ViewTemplateContext).Assembly => throw new InvalidOperationException(
                $"templates read a `{target.GetType()}`, which is not an {nameof(ITemplateView)}: Scriban would reflect over it, and Native AOT keeps nothing to reflect on"
            ),
            _ => base.GetMemberAccessorImpl(target),
        };
}
