using System.Text.Json;
using System.Text.Json.Serialization;

namespace PodcastSite.Content;

/// <summary>The Podcasting 2.0 person taxonomy (groups and roles, compared case-insensitively).</summary>
public sealed partial class PersonTaxonomy
{
    private readonly Dictionary<string, string> _groupOfRole = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<(string Group, string Role)> _pairs = [];

    /// <summary>The taxonomy the Podcasting 2.0 namespace publishes (person-taxonomy.json), embedded in the generator.</summary>
    public static PersonTaxonomy Default { get; } = Load();

    private static PersonTaxonomy Load()
    {
        using var stream = typeof(PersonTaxonomy).Assembly.GetManifestResourceStream("PodcastSite.person-taxonomy.json")!;
        var entries = JsonSerializer.Deserialize(stream, TaxonomyJson.Default.ListTaxonomyEntry)!;
        return new PersonTaxonomy(
            entries.GroupBy(e => e.Group.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Select(e => e.Role.ToLowerInvariant()).ToArray())
        );
    }

    private sealed record TaxonomyEntry(string Group, string Role);

    // Generated at compile time: Native AOT has no reflection-based serializer.
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(List<TaxonomyEntry>))]
    private sealed partial class TaxonomyJson : JsonSerializerContext;

    public PersonTaxonomy(IReadOnlyDictionary<string, string[]> rolesByGroup)
    {
        foreach (var (group, roles) in rolesByGroup)
        {
            foreach (var role in roles)
            {
                _pairs.Add((group, role));
                _groupOfRole.TryAdd(role, group);
            }
        }
    }

    public string? GroupOf(string role) => _groupOfRole.GetValueOrDefault(role);

    public bool IsKnown(string group, string role) => _pairs.Contains((group.ToLowerInvariant(), role.ToLowerInvariant()));
}
