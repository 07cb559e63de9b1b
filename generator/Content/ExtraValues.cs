using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Keys the spec does not define, kept as plain values for templates (<c>page.extra.KEY</c>).</summary>
public static class ExtraValues
{
    // Deep enough for any real metadata; bounds the walk over a hostile document of nested aliases.
    private const int MaxDepth = 16;

    public static IReadOnlyDictionary<string, object?> From(YamlMap map, IEnumerable<string> keys) =>
        keys.OrderBy(k => k, StringComparer.Ordinal)
            .ToDictionary(k => k, k => ToValue(map.Node(k)!, 0), StringComparer.Ordinal);

    private static object? ToValue(YamlNode node, int depth) => depth > MaxDepth ? null : node switch
    {
        YamlScalarNode scalar => YamlMap.IsNull(scalar) ? null : scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(child => ToValue(child, depth + 1)).ToList(),
        YamlMappingNode mapping => mapping.Children
            .Where(kv => kv.Key is YamlScalarNode { Value: not null })
            .GroupBy(kv => ((YamlScalarNode)kv.Key).Value!)
            .ToDictionary(g => g.Key, g => ToValue(g.First().Value, depth + 1)),
        _ => null,
    };
}
