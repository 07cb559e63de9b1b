using System.Text.RegularExpressions;
using PodcastSite.Diagnostics;
using PodcastSite.Model;
using PodcastSite.Text;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Persons as written under <c>guest:</c> and <c>hosts:</c>: a mapping, or just a name.</summary>
public static partial class PersonParser
{
    private static readonly string[] Keys = ["name", "url", "image", "role", "group", "bio"];

    public static Person? Parse(YamlNode node, YamlContext context, SourceFolder input, string defaultRole, PersonTaxonomy taxonomy)
    {
        if (node is YamlScalarNode)
        {
            var bare = context.Scalar(node, "a person");
            return bare is null ? null : Checked(Create(NormaliseName(bare), null, null, defaultRole, "cast"), node, context);
        }
        var map = context.Mapping(node, "a person");
        if (map is null)
            return null;
        map.CheckUnknownKeys(Keys, Severity.Warning, "a person");
        var name = map.String("name", required: true);
        var url = map.Url("url");
        var image = map.String("image") is { } imageText ? ImageReference(map, imageText, input) : null;
        var role = map.String("role")?.ToLowerInvariant() ?? defaultRole;
        var group = map.String("group")?.ToLowerInvariant() ?? taxonomy.GroupOf(role) ?? "cast";
        if (!taxonomy.IsKnown(group, role))
            context.Diagnostics.Error(
                map.KeyPosition(map.Has("role") ? "role" : "group"),
                $"`{role}` is not a Podcasting 2.0 role in group `{group}`; see the person taxonomy (e.g. `host`, `guest`, `co-host` in `cast`)"
            );
        return name is null
            ? null
            : Checked(Create(NormaliseName(name), url, image, role, group) with { BioMarkdown = map.String("bio") }, map.Node("name")!, context);
    }

    /// <summary>The person, or null (reported at <paramref name="at"/>) when their slug could not be a folder's name.</summary>
    private static Person? Checked(Person person, YamlNode at, YamlContext context)
    {
        if (!Slug.IsTooLong(person.Slug))
            return person;
        context.Diagnostics.Error(
            context.At(at),
            $"a name this long (`{person.Name[..40]}…`) would make a guest page address longer than the {Slug.MaxBytes} bytes a folder name may safely have; shorten it"
        );
        return null;
    }

    public static string NormaliseName(string name) => Whitespace().Replace(name.Trim(), " ");

    private static Person Create(string name, Uri? url, string? image, string role, string group) => new(name, Slug.From(name), url, image, role, group);

    // A person's image may be a URL or a file under input/.
    private static string? ImageReference(YamlMap map, string text, SourceFolder input) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? map.Url("image")?.AbsoluteUri
            : InputPaths.Resolve(map.Context, map.Node("image")!, text, "image", input);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
