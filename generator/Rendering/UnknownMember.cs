using PodcastSite.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PodcastSite.Rendering;

/// <summary>
/// A template that reads a member its object does not have (<c>page.fulltitle</c>, <c>string.upcasee</c>) fails with
/// an error that says what the object does have, nearest first, instead of Scriban's "Cannot get member with name x."
/// Scriban asks this only where it would fail anyway (<see cref="TemplateContext.TryGetMember"/>).
/// </summary>
public static class UnknownMember
{
    private const int Listed = 6;

    public static bool Fail(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var known = context.GetMemberAccessor(target).GetMembers(context, span, target).ToList();
        // The expression being read names the object, when Scriban is evaluating it as a whole (nearly always).
        var owner = context.CurrentNode switch
        {
            ScriptMemberExpression { Member.Name: var name, Target: { } of } when name == member => $"`{of}`",
            ScriptIndexerExpression { Target: { } of } => $"`{of}`",
            _ => "this object",
        };
        // One letter off for a short name: `nope` is not a misspelt `type`.
        var closest = EditDistance.Closest(member, known, maxDistance: member.Length <= 4 ? 1 : 2);
        var hint =
            closest is not null ? $"; did you mean `{closest}`?"
            : known.Count == 0 ? ""
            : $"; it has {string.Join(", ", EditDistance.Nearest(member, known, Listed).Select(k => $"`{k}`"))}{(known.Count > Listed ? ", ..." : "")}";
        throw new ScriptRuntimeException(span, $"{owner} has no `{member}`{hint}");
    }
}
