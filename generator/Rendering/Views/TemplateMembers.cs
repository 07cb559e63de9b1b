using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>
/// The members of a view as templates see them: each C# property under the snake_case name Scriban's
/// <see cref="StandardMemberRenamer"/> gives it (<c>FullTitle</c> is <c>full_title</c>), read through a delegate.
/// Read-only: a template that assigns to <c>page.title</c> gets an error, as it did with reflection.
/// </summary>
public sealed class TemplateMembers<TView> : IObjectAccessor
    where TView : class
{
    // Read on every `page.x` of every page: a frozen table finds a name faster than a dictionary that can still change.
    private readonly FrozenDictionary<string, Func<TView, object?>> _members;

    /// <param name="members">Each property by its C# name (<c>nameof</c>), so a rename cannot leave a template behind silently.</param>
    public TemplateMembers(params ReadOnlySpan<(string Name, Func<TView, object?> Read)> members)
    {
        var byName = new Dictionary<string, Func<TView, object?>>(members.Length, StringComparer.Ordinal);
        foreach (var (name, read) in members)
            byName.Add(StandardMemberRenamer.Rename(name), read);
        _members = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var read))
        {
            value = read((TView)target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}
