using System.Xml.Linq;
using PodcastSite.Feed;

namespace PodcastSite.Tests.Support;

/// <summary>
/// The rules of the podcast namespace's tags that its XSD does not declare (trailer, podroll, remoteItem, publisher,
/// image), as docs/tags/*.md of the namespace state them: required attributes, allowed children, length limits.
/// </summary>
public static class PodcastNamespaceRules
{
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;

    /// <summary>One line per broken rule, naming the element; empty when the feed keeps them all.</summary>
    public static IReadOnlyList<string> Problems(XDocument feed)
    {
        var problems = new List<string>();
        void Check(bool ok, XElement element, string rule)
        {
            if (!ok)
                problems.Add($"{element}: {rule}");
        }
        foreach (var trailer in feed.Descendants(Podcast + "trailer"))
        {
            Check(IsHttpsUrl(trailer.Attribute("url")?.Value), trailer, "`url` is required and must be https");
            Check(DateTimeOffset.TryParse(trailer.Attribute("pubdate")?.Value, out _), trailer, "`pubdate` is required, an RFC 2822 date");
            Check(trailer.Attribute("length") is null || long.TryParse(trailer.Attribute("length")!.Value, out _), trailer, "`length` is a number of bytes");
            Check(trailer.Value.Length is > 0 and <= 128, trailer, "the title is required, at most 128 characters");
            Check(trailer.Parent!.Name == "channel", trailer, "a trailer belongs to the channel");
        }
        foreach (var podroll in feed.Descendants(Podcast + "podroll"))
        {
            Check(podroll.Elements().Any(), podroll, "a podroll holds at least one remoteItem");
            Check(podroll.Elements().All(e => e.Name == Podcast + "remoteItem"), podroll, "a podroll holds only remoteItems");
        }
        foreach (var publisher in feed.Descendants(Podcast + "publisher"))
        {
            var items = publisher.Elements().ToList();
            Check(items.Count == 1 && items[0].Name == Podcast + "remoteItem", publisher, "a publisher holds exactly one remoteItem");
            Check(items.All(i => i.Attribute("medium")?.Value == "publisher"), publisher, "its remoteItem has medium=\"publisher\"");
            Check(items.All(i => i.Attribute("feedUrl") is not null), publisher, "its remoteItem has a feedUrl");
        }
        foreach (var item in feed.Descendants(Podcast + "remoteItem"))
        {
            Check(Guid.TryParseExact(item.Attribute("feedGuid")?.Value, "D", out _), item, "`feedGuid` is required, a UUID");
            Check(item.Attribute("title") is not { } title || title.Value.Length <= 128, item, "`title` is at most 128 characters");
        }
        foreach (var image in feed.Descendants(Podcast + "image"))
        {
            Check(IsHttpsUrl(image.Attribute("href")?.Value), image, "`href` is required and must be https");
            Check(
                image.Attribute("aspect-ratio") is not { } ratio || System.Text.RegularExpressions.Regex.IsMatch(ratio.Value, @"^\d+/\d+$"),
                image,
                "`aspect-ratio` is `W/H`"
            );
            foreach (var size in new[] { "width", "height" })
                Check(image.Attribute(size) is not { } value || int.TryParse(value.Value, out _), image, $"`{size}` is a number of pixels");
        }
        return problems;
    }

    private static bool IsHttpsUrl(string? text) => Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;
}
