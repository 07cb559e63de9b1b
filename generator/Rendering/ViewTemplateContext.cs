using PodcastSite.Rendering.Views;
using Scriban;
using Scriban.Runtime;

namespace PodcastSite.Rendering;

/// <summary>
/// A template context that reads views through their own member tables. Scriban reflects over any other .NET
/// object, which works under the JIT but finds no members in a Native AOT binary: an object of ours that is not an
/// <see cref="ITemplateView"/> is a bug, reported the first time any test renders it.
/// </summary>
public sealed class ViewTemplateContext() : TemplateContext(SharedBuiltins)
{
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
