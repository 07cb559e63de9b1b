using System.Globalization;
using PodcastSite.Diagnostics;
using PodcastSite.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>
/// Typed, position-aware reads from one YAML mapping. Every read that fails reports a diagnostic at the
/// node's place in the user's file and returns null, so parsing goes on and all problems are reported at once.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, YamlContext context)
    {
        _node = node;
        Context = context;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                if (!_entries.TryAdd(name, (key, value)))
                    context.Diagnostics.Error(context.At(key), $"duplicate key `{name}`");
            }
        }
    }

    public YamlContext Context { get; }

    public SourcePosition Position => Context.At(_node);

    public IEnumerable<string> Keys => _entries.Keys;

    public YamlNode? Node(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public SourcePosition KeyPosition(string key) => _entries.TryGetValue(key, out var entry) ? Context.At(entry.Key) : Position;

    public bool Has(string key) => Node(key) is not null and not YamlScalarNode { Value: null or "" or "~", Style: ScalarStyle.Plain };

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required)
                Context.Diagnostics.Error(node is null ? Position : Context.At(node), $"missing required key `{key}`");
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Context.Diagnostics.Error(Context.At(node), $"`{key}` must be text, not a {Describe(node)}");
            return null;
        }
        var value = scalar.Value!.Trim();
        if (value.Length == 0 && required)
        {
            Context.Diagnostics.Error(Context.At(node), $"`{key}` must not be empty");
            return null;
        }
        return value;
    }

    public bool? Bool(string key) => Node(key) is { } node && !IsNull(node) ? Context.Bool(node, key) : null;

    public int? PositiveInt(string key)
    {
        var text = String(key);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            return value;
        Context.Diagnostics.Error(Context.At(Node(key)!), $"`{key}` must be a positive whole number, not `{text}`");
        return null;
    }

    public Uri? Url(string key, bool required = false)
    {
        var text = String(key, required);
        return text is null ? null : Context.Url(Node(key)!, text, key);
    }

    public TimeSpan? Duration(string key)
    {
        var text = String(key);
        if (text is null)
            return null;
        if (DurationText.TryParse(text, out var value, out var tooLong))
            return value;
        Context.Diagnostics.Error(
            Context.At(Node(key)!),
            tooLong
                ? $"`{key}` must be at most {DurationText.Longest.TotalHours:0}:00:00 (a week), not `{text}`; no episode runs that long, so is a digit too many?"
                : $"`{key}` must be a time as `H:MM:SS`, `MM:SS` or seconds, not `{text}`"
        );
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required)
                Context.Diagnostics.Error(Position, $"missing required key `{key}`");
            return null;
        }
        if (node is YamlMappingNode mapping)
            return new YamlMap(mapping, Context);
        Context.Diagnostics.Error(Context.At(node), $"`{key}` must be a mapping of keys and values, not a {Describe(node)}");
        return null;
    }

    /// <summary>A list, or a single item where the spec allows one item to stand for a list of one.</summary>
    public IReadOnlyList<YamlNode> List(string key, bool singleAllowed = false)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
            return [];
        if (node is YamlSequenceNode sequence)
            return sequence.Children.ToList();
        if (singleAllowed)
            return [node];
        Context.Diagnostics.Error(Context.At(node), $"`{key}` must be a list (items starting with `- `), not a {Describe(node)}");
        return [];
    }

    /// <summary>Reports keys that are not in <paramref name="known"/>; a near miss names the key it was probably meant to be.</summary>
    public IReadOnlyList<string> CheckUnknownKeys(IReadOnlyCollection<string> known, Severity severity, string where)
    {
        var unknown = new List<string>();
        foreach (var key in _entries.Keys)
        {
            if (known.Contains(key))
                continue;
            unknown.Add(key);
            var suggestion = EditDistance.Closest(key, known, maxDistance: 2);
            var message = suggestion is null
                ? $"unknown key `{key}` in {where}; known keys are {string.Join(", ", known.Select(k => $"`{k}`"))}"
                : $"unknown key `{key}` in {where}; did you mean `{suggestion}`?";
            if (severity == Severity.Error)
                Context.Diagnostics.Error(KeyPosition(key), message);
            else if (suggestion is not null)
                Context.Diagnostics.Warning(KeyPosition(key), message);
        }
        return unknown;
    }

    public static bool IsNull(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    public static string Describe(YamlNode node) =>
        node switch
        {
            YamlMappingNode => "mapping",
            YamlSequenceNode => "list",
            _ => "text",
        };
}
