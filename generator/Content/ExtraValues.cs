using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Keys the spec does not define, kept as plain values for templates (<c>page.extra.KEY</c>).</summary>
public static class ExtraValues
{
    // A YAML alias is a reference, and references to references multiply: a few lines can stand for billions
    // of values (the "billion laughs"). Real metadata is far below these bounds.
    private const int MaxDepth = 16;
    private const int MaxValues = 10_000;

    public static IReadOnlyDictionary<string, object?> From(YamlMap map, IEnumerable<string> keys)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var key in keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var budget = MaxValues;
            var value = ToValue(map.Node(key)!, 0, ref budget);
            if (budget < 0)
            {
                map.Context.Diagnostics.Error(
                    map.KeyPosition(key),
                    $"`{key}` expands to more than {MaxValues} values (through YAML aliases); write it out plainly"
                );
                continue;
            }
            values[key] = value;
        }
        return values;
    }

    private static object? ToValue(YamlNode node, int depth, ref int budget)
    {
        if (--budget < 0 || depth > MaxDepth)
            return null;
        switch (node)
        {
            case YamlScalarNode scalar:
                return YamlMap.IsNull(scalar) ? null : scalar.Value;
            case YamlSequenceNode sequence:
                var list = new List<object?>();
                foreach (var child in sequence.Children)
                {
                    list.Add(ToValue(child, depth + 1, ref budget));
                    if (budget < 0)
                        return null;
                }
                return list;
            case YamlMappingNode mapping:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name } || dictionary.ContainsKey(name))
                        continue;
                    dictionary[name] = ToValue(value, depth + 1, ref budget);
                    if (budget < 0)
                        return null;
                }
                return dictionary;
            default:
                return null;
        }
    }
}
