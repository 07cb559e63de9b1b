using System.Xml.Linq;
using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>
/// podcast:person in an item replaces the show's list in apps. After import and build, every item names the same
/// people, with the same roles, groups, pictures and pages, as it did at the old host.
/// </summary>
public sealed class ImportedPeopleTests : IDisposable
{
    private static readonly XNamespace Podcast = PodcastFeed.Podcast;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
          <channel>
            <title>People Show</title>
            <link>https://people.example.com/</link>
            <description>Who is on.</description>
            <podcast:guid>2b0e4a7c-9d1f-5e3a-8c6b-4f2d0e9a7b15</podcast:guid>
            <itunes:author>Sam Host</itunes:author>
            <itunes:owner><itunes:name>Sam Host</itunes:name><itunes:email>sam@people.example.com</itunes:email></itunes:owner>
            <itunes:image href="https://people.example.com/cover.jpg"/>
            <itunes:category text="Technology"/>
            <podcast:person role="host" img="https://people.example.com/sam.jpg" href="https://sam.example.com/">Sam Host</podcast:person>
            <item>
              <title>Only a guest named</title>
              <guid isPermaLink="false">p-1</guid>
              <pubDate>Mon, 01 May 2023 10:00:00 +0000</pubDate>
              <enclosure url="https://media.example.com/p-1.mp3" length="1000" type="audio/mpeg"/>
              <itunes:duration>60</itunes:duration>
              <podcast:person role="guest" href="https://guest.example.com/">Gita Guest</podcast:person>
            </item>
            <item>
              <title>Nobody named</title>
              <guid isPermaLink="false">p-2</guid>
              <pubDate>Tue, 02 May 2023 10:00:00 +0000</pubDate>
              <enclosure url="https://media.example.com/p-2.mp3" length="1000" type="audio/mpeg"/>
              <itunes:duration>60</itunes:duration>
            </item>
            <item>
              <title>The host and a producer</title>
              <guid isPermaLink="false">p-3</guid>
              <pubDate>Wed, 03 May 2023 10:00:00 +0000</pubDate>
              <enclosure url="https://media.example.com/p-3.mp3" length="1000" type="audio/mpeg"/>
              <itunes:duration>60</itunes:duration>
              <podcast:person role="host" img="https://people.example.com/sam.jpg" href="https://sam.example.com/">Sam Host</podcast:person>
              <podcast:person role="Producer" group="Creative Direction">Pat Producer</podcast:person>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Every_item_names_the_people_it_named_at_the_old_host()
    {
        var feed = _folder.PathOf("people.xml");
        File.WriteAllText(feed, Feed);
        var input = _folder.PathOf("input");
        CliRun.Run("import", feed, "--output", input).ExitCode.ShouldBe(0);
        var build = CliRun.Run("build", "--input", input, "--output", _folder.PathOf("output"), "--now", "2026-11-01");
        build.ExitCode.ShouldBe(0, build.Error);

        People(XDocument.Load(_folder.PathOf("output/feed.xml"))).ShouldBe(People(XDocument.Parse(Feed)));
    }

    /// <summary>What apps show for each item: its own people, or the show's when it names none.</summary>
    private static SortedDictionary<string, string> People(XDocument feed)
    {
        string Of(IEnumerable<XElement> people) =>
            string.Join(
                "; ",
                people
                    .Select(p =>
                        $"{p.Value} {p.Attribute("role")?.Value.ToLowerInvariant() ?? "host"} {p.Attribute("group")?.Value.ToLowerInvariant() ?? "cast"} {p.Attribute("img")?.Value} {p.Attribute("href")?.Value}"
                    )
                    .Order(StringComparer.Ordinal)
            );
        var channel = feed.Root!.Element("channel")!;
        return new SortedDictionary<string, string>(
            channel
                .Elements("item")
                .ToDictionary(
                    item => item.Element("guid")!.Value,
                    item => item.Elements(Podcast + "person").Any() ? Of(item.Elements(Podcast + "person")) : Of(channel.Elements(Podcast + "person"))
                ),
            StringComparer.Ordinal
        );
    }
}
