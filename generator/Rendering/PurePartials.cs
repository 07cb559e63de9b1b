using Scriban;
using Scriban.Syntax;

namespace PodcastSite.Rendering;

/// <summary>
/// The includes of the theme's layouts whose partial is pure: what it writes depends on nothing but the values of the
/// global variables it reads, and it changes nothing (no assignment, capture, loop, or call of anything but Scriban's
/// text functions, the theme's URL functions and other pure partials). One render of such a partial stands for every
/// include of it with the same values (<see cref="ViewTemplateContext"/>): the icons and pictures of 20,000 pages.
/// </summary>
public sealed class PurePartials
{
    /// <summary>A pure partial, and the global variables it (and what it includes) reads.</summary>
    public sealed record Partial(string Name, IReadOnlyList<ScriptVariableGlobal> Reads);

    private readonly IReadOnlyDictionary<string, Template> _layouts;
    private readonly IReadOnlySet<string> _pureFunctions;
    private readonly Dictionary<string, Partial?> _partials = new(StringComparer.Ordinal);
    private readonly Dictionary<ScriptFunctionCall, Partial> _includes = new(ReferenceEqualityComparer.Instance);

    /// <param name="pureFunctions">The globals holding functions of the renderer's own that only compute (URLs).</param>
    public PurePartials(IReadOnlyDictionary<string, Template> layouts, IReadOnlySet<string> pureFunctions)
    {
        _layouts = layouts;
        _pureFunctions = pureFunctions;
        foreach (var page in layouts.Values.Select(l => l.Page).OfType<ScriptPage>())
        foreach (var call in Descendants(page).OfType<ScriptFunctionCall>())
            if (IncludedName(call) is { } name && PartialNamed(name, []) is { } partial)
                _includes[call] = partial;
    }

    /// <summary>The pure partial this call includes; null when it is not an include of one.</summary>
    public Partial? IncludedBy(ScriptFunctionCall call) => _includes.GetValueOrDefault(call);

    // Scriban's own functions that only compute from their arguments; `date` (now), `math` (random, uuid), `array`
    // (shuffle, sample) and `object` (eval) are left out.
    private static readonly HashSet<string> PureBuiltins = ["html", "string"];

    private static readonly HashSet<string> ImpureBuiltins = ["date", "math", "array", "object"];

    private static readonly HashSet<Type> PureNodes =
    [
        typeof(ScriptPage),
        typeof(ScriptBlockStatement),
        typeof(ScriptRawStatement),
        typeof(ScriptExpressionStatement),
        typeof(ScriptIfStatement),
        typeof(ScriptElseStatement),
        typeof(ScriptCaseStatement),
        typeof(ScriptWhenStatement),
        typeof(ScriptEndStatement),
        typeof(ScriptNopStatement),
        typeof(ScriptEscapeStatement),
        typeof(ScriptLiteral),
        typeof(ScriptBinaryExpression),
        typeof(ScriptUnaryExpression),
        typeof(ScriptNestedExpression),
        typeof(ScriptConditionalExpression),
        typeof(ScriptIsEmptyExpression),
        typeof(ScriptIndexerExpression),
        typeof(ScriptPipeCall),
        typeof(ScriptToken),
        typeof(ScriptKeyword),
    ];

    private static string? IncludedName(ScriptFunctionCall call) =>
        call is { Target: ScriptVariableGlobal { Name: "include" }, Arguments: [ScriptLiteral { Value: string name }] } ? name : null;

    private Partial? PartialNamed(string name, HashSet<string> including)
    {
        if (_partials.TryGetValue(name, out var known))
            return known;
        if (!_layouts.TryGetValue(name, out var template) || template.Page is null || !including.Add(name))
            return null;
        var reads = new Dictionary<string, ScriptVariableGlobal>(StringComparer.Ordinal);
        var partial = IsPure(template.Page, reads, including) ? new Partial(name, reads.Values.ToList()) : null;
        including.Remove(name);
        return _partials[name] = partial;
    }

    private bool IsPure(ScriptNode node, Dictionary<string, ScriptVariableGlobal> reads, HashSet<string> including)
    {
        switch (node)
        {
            case ScriptVariableGlobal variable:
                if (ImpureBuiltins.Contains(variable.Name))
                    return false;
                reads.TryAdd(variable.Name, variable);
                return true;
            case ScriptMemberExpression member:
                // The member's name is no variable: only what it is read from is.
                return member.Target is { } target && IsPure(target, reads, including);
            case ScriptFunctionCall call when !IsPureCall(call, reads, including):
                return false;
            case ScriptFunctionCall:
            case ScriptList:
                break;
            default:
                if (!PureNodes.Contains(node.GetType()))
                    return false;
                break;
        }
        foreach (var child in node.Children)
            if (child is not null && !IsPure(child, reads, including))
                return false;
        return true;
    }

    private bool IsPureCall(ScriptFunctionCall call, Dictionary<string, ScriptVariableGlobal> reads, HashSet<string> including)
    {
        if (IncludedName(call) is { } name)
        {
            if (PartialNamed(name, including) is not { } included)
                return false;
            foreach (var read in included.Reads)
                reads.TryAdd(read.Name, read);
            return true;
        }
        return call.Target switch
        {
            ScriptVariableGlobal function => _pureFunctions.Contains(function.Name),
            ScriptMemberExpression { Target: ScriptVariableGlobal builtin } => PureBuiltins.Contains(builtin.Name),
            _ => false,
        };
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode node)
    {
        var pending = new Stack<ScriptNode>([node]);
        while (pending.TryPop(out var next))
        {
            yield return next;
            foreach (var child in next.Children)
                if (child is not null)
                    pending.Push(child);
        }
    }
}
