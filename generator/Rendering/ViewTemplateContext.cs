using System.Runtime.CompilerServices;
using PodcastSite.Rendering.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PodcastSite.Rendering;

/// <summary>
/// A template context that reads views through their own member tables. Scriban reflects over any other .NET
/// object, which works under the JIT but finds no members in a Native AOT binary: an object of ours that is not an
/// <see cref="ITemplateView"/> is a bug, reported the first time any test renders it. An include of a pure partial
/// (<see cref="PurePartials"/>) with values it was rendered with already is answered with that render.
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

    /// <summary>The includes that one render stands for, and the values that count as the same (see <see cref="Reuses"/>).</summary>
    public PurePartials? PurePartials { get; init; }

    /// <summary>Objects that stay as they are for the whole build, beyond views and text: the theme's strings and URL functions.</summary>
    public IReadOnlySet<object> Constants { get; init; } = new HashSet<object>(ReferenceEqualityComparer.Instance);

    // Per context, so per thread: no locking. Bounded, since most keys hold a view made for one page only.
    private readonly Dictionary<PartialCall, object?> _rendered = [];
    private const int RenderedCapacity = 1024;

    /// <summary>An include of a pure partial with the values it read already rendered is answered with that render.</summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (
            aliasReturnedFunction
            || scriptNode is not ScriptFunctionCall call
            || PurePartials?.IncludedBy(call) is not { } partial
            || ValuesRead(partial) is not { } values
        )
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        var key = new PartialCall(partial.Name, values);
        if (_rendered.TryGetValue(key, out var rendered))
            return rendered;
        rendered = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (_rendered.Count >= RenderedCapacity)
            _rendered.Clear();
        _rendered[key] = rendered;
        return rendered;
    }

    /// <summary>
    /// What the partial's variables hold now, when each is a value that cannot change while the build runs (text,
    /// numbers, views, Scriban's read-only functions, <see cref="Constants"/>); null when one is anything else.
    /// </summary>
    private object?[]? ValuesRead(PurePartials.Partial partial)
    {
        var values = new object?[partial.Reads.Count];
        for (var i = 0; i < values.Length; i++)
        {
            object? value;
            try
            {
                value = GetValue(partial.Reads[i]);
            }
            catch (ScriptRuntimeException)
            {
                // Undefined: the partial fails where it reads it, if it does, and its error is reported then.
                return null;
            }
            if (!Reuses(value))
                return null;
            values[i] = value;
        }
        return values;
    }

    private bool Reuses(object? value) =>
        value is null or string or bool or int or long or double or float or decimal or ITemplateView || Builtins.Contains(value) || Constants.Contains(value);

    // Scriban's functions and function groups (`include`, `html`, `string`, ...), shared and read-only.
    private static readonly HashSet<object> Builtins = new(SharedBuiltins.Values.OfType<object>(), ReferenceEqualityComparer.Instance);

    /// <summary>A partial and the values it read: text and numbers compare by value, anything else by reference.</summary>
    private readonly record struct PartialCall(string Partial, object?[] Values)
    {
        public bool Equals(PartialCall other)
        {
            if (!ReferenceEquals(Partial, other.Partial) || Values.Length != other.Values.Length)
                return false;
            for (var i = 0; i < Values.Length; i++)
                if (!Same(Values[i], other.Values[i]))
                    return false;
            return true;
        }

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Partial);
            foreach (var value in Values)
                hash.Add(value is string or bool or int or long or double or float or decimal ? value.GetHashCode() : RuntimeHelpers.GetHashCode(value));
            return hash.ToHashCode();
        }

        private static bool Same(object? a, object? b) =>
            a is string or bool or int or long or double or float or decimal ? a.Equals(b) : ReferenceEquals(a, b);
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
