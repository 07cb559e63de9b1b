using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using PodcastSite.Feed;

namespace PodcastSite.Tests.Support;

/// <summary>The Podcasting 2.0 XSD of the shared spec, compiled once: which podcast:* elements it declares, and whether one is valid.</summary>
public static class PodcastSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        // The wrapper includes podcast.xsd, which has no namespace of its own, into the podcast namespace.
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(PodcastFeed.Podcast, Path.GetFullPath(Path.Combine(Repo.Root, "../shared/spec/podcast-namespace/podcast-wrapper.xsd")));
        schemas.Compile();
        return schemas;
    });

    public static IReadOnlySet<string> DeclaredElements =>
        Schemas.Value.GlobalElements.Names.Cast<XmlQualifiedName>().Where(n => n.Namespace == PodcastFeed.Podcast).Select(n => n.Name).ToHashSet();

    /// <summary>What the schema finds wrong with <paramref name="element"/>, validated on its own as a document.</summary>
    public static IReadOnlyList<string> Problems(XElement element)
    {
        var errors = new List<string>();
        new XDocument(new XElement(element)).Validate(Schemas.Value, (_, e) => errors.Add(e.Message));
        return errors;
    }
}
