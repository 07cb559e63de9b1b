using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Notes;
using PodcastSite.Rendering;

namespace PodcastSite.Feed;

/// <summary>
/// The podcast feed: RSS 2.0 with the itunes, podcast (Podcasting 2.0), content and atom namespaces, built as
/// XML objects from the model (never by concatenating strings) and written as UTF-8 with nothing before the declaration.
/// </summary>
public sealed class PodcastFeed(Site site, NotesStrings strings)
{
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static readonly XNamespace Podcast = "https://podcastindex.org/namespace/1.0";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly Show _show = site.Show;
    private readonly SiteUrls _urls = new(site.Show);

    public byte[] Write()
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new DeclaredUtf8(), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            Rss().WriteTo(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public XElement Rss() => new("rss",
        new XAttribute("version", "2.0"),
        new XAttribute(XNamespace.Xmlns + "itunes", Itunes),
        new XAttribute(XNamespace.Xmlns + "podcast", Podcast),
        new XAttribute(XNamespace.Xmlns + "content", Content),
        new XAttribute(XNamespace.Xmlns + "atom", Atom),
        Channel());

    private XElement Channel()
    {
        var feedUrl = FeedText.Url(_show.FeedUrl);
        var episodes = FeedEpisodes();
        return new XElement("channel",
            new XElement("title", Text(_show.Title)),
            new XElement("link", Url(_show.BaseUrl)),
            new XElement("description", Text(EpisodeSummary(_show.DescriptionMarkdown))),
            new XElement("language", _show.Language),
            Optional("copyright", _show.Copyright),
            new XElement("generator", "PodcastSite"),
            episodes.Count > 0 ? new XElement("lastBuildDate", FeedText.Rfc2822(episodes.Max(e => e.Date))) : null,
            new XElement(Atom + "link", new XAttribute("href", feedUrl), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")),
            new XElement("image",
                new XElement("url", InputFileUrl(_show.Image)),
                new XElement("title", Text(_show.Title)),
                new XElement("link", Url(_show.BaseUrl))),
            new XElement(Itunes + "image", new XAttribute("href", InputFileUrl(_show.Image))),
            // The owner before the author: feedparser takes the last name it sees as the show's author.
            new XElement(Itunes + "owner",
                new XElement(Itunes + "name", Text(_show.Owner.Name)),
                new XElement(Itunes + "email", _show.Owner.Email)),
            new XElement(Itunes + "author", Text(_show.Author)),
            _show.Categories.Select(c => new XElement(Itunes + "category", new XAttribute("text", c.Name),
                c.Subcategory is null ? null : new XElement(Itunes + "category", new XAttribute("text", c.Subcategory)))),
            new XElement(Itunes + "explicit", _show.Explicit ? "true" : "false"),
            new XElement(Itunes + "type", _show.Type == ShowType.Serial ? "serial" : "episodic"),
            _show.NewFeedUrl is { } newFeed ? new XElement(Itunes + "new-feed-url", Url(newFeed)) : null,
            _show.Complete ? new XElement(Itunes + "complete", "Yes") : null,
            _show.Block ? new XElement(Itunes + "block", "Yes") : null,
            new XElement(Podcast + "guid", (_show.Guid ?? PodcastGuid.ForFeedUrl(feedUrl)).ToString("D")),
            _show.Locked is { } locked
                ? new XElement(Podcast + "locked", new XAttribute("owner", locked.Owner), locked.Value ? "yes" : "no")
                : null,
            _show.Funding.Select(f => new XElement(Podcast + "funding", new XAttribute("url", Url(f.Url)), Text(f.Text))),
            _show.Hosts.Select(PersonElement),
            new XElement(Podcast + "medium", "podcast"),
            // Items are independent: make them on every core, keep them in feed order.
            episodes.AsParallel().AsOrdered().Select(Item).ToList());
    }

    /// <summary>Episodic shows list newest first; serial shows in the order they are meant to be heard.</summary>
    private List<Episode> FeedEpisodes()
    {
        var withAudio = site.Episodes.Where(e => e.Audio is not null);
        return (_show.Type == ShowType.Serial
            ? withAudio.OrderBy(e => e.Season ?? 0).ThenBy(e => e.Number ?? int.MaxValue).ThenBy(e => e.Date)
            : withAudio.OrderByDescending(e => e.Date)).ToList();
    }

    private XElement Item(Episode episode)
    {
        var audio = episode.Audio!;
        var page = _urls.Absolute(SiteUrls.EpisodePath(episode));
        var pageUrl = FeedText.Url(page);
        var notes = ShowNotes.Of(episode);
        Uri GuestPage(Person person) => _urls.Absolute(SiteUrls.GuestPath(person));
        var sections = NotesHtmlRenderer.Sections(notes, strings, HtmlTarget.Feed, GuestPage);
        var content = NotesHtmlRenderer.Render(notes, sections, HtmlTarget.Feed, page);
        var description = FeedDescription.Build(episode.Summary, sections);
        var isPermaLink = episode.Guid == pageUrl;
        return new XElement("item",
            new XElement("title", Text(episode.FullTitle)),
            new XElement("link", pageUrl),
            new XElement("guid", new XAttribute("isPermaLink", isPermaLink ? "true" : "false"), Text(episode.Guid)),
            new XElement("pubDate", FeedText.Rfc2822(episode.Date)),
            new XElement("description", new XCData(FeedText.Clean(description))),
            new XElement(Content + "encoded", new XCData(FeedText.Clean(content))),
            new XElement("enclosure",
                new XAttribute("url", Url(audio.Url)),
                new XAttribute("length", audio.Length.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("type", audio.MimeType)),
            audio.Duration is { } duration ? new XElement(Itunes + "duration", FeedText.Seconds(duration)) : null,
            episode.Number is { } number ? new XElement(Itunes + "episode", number) : null,
            episode.Season is { } season ? new XElement(Itunes + "season", season) : null,
            new XElement(Itunes + "episodeType", episode.Type.ToString().ToLowerInvariant()),
            episode.Image is { } image ? new XElement(Itunes + "image", new XAttribute("href", InputFileUrl(image))) : null,
            new XElement(Itunes + "explicit", episode.Explicit ? "true" : "false"),
            // The namespace's schema requires a season name; apps may show it instead of the number.
            episode.Season is { } podcastSeason ? new XElement(Podcast + "season", new XAttribute("name", $"Season {podcastSeason}"), podcastSeason) : null,
            episode.Number is { } podcastEpisode ? new XElement(Podcast + "episode", podcastEpisode) : null,
            // An item's person list replaces the channel's, so the hosts are named again beside the guests.
            episode.Hosts.Concat(episode.Guests).Select(PersonElement),
            episode.Transcript is { } transcript
                ? new XElement(Podcast + "transcript",
                    new XAttribute("url", InputFileUrl(transcript.LocalPath)),
                    new XAttribute("type", transcript.MimeType),
                    new XAttribute("language", _show.Language),
                    transcript.MimeType is "text/vtt" or "application/x-subrip" ? new XAttribute("rel", "captions") : null)
                : null,
            episode.Chapters.Count > 0
                ? new XElement(Podcast + "chapters",
                    new XAttribute("url", FeedText.Url(_urls.Absolute(SiteUrls.EpisodePath(episode) + "chapters.json"))),
                    new XAttribute("type", ChaptersJson.MimeType))
                : null);
    }

    private XElement PersonElement(Person person) => new(Podcast + "person",
        new XAttribute("role", person.Role),
        new XAttribute("group", person.Group),
        person.Image is { } image ? new XAttribute("img", image.StartsWith("http", StringComparison.Ordinal) ? FeedText.Url(new Uri(image)) : InputFileUrl(image)) : null,
        person.Url is { } url ? new XAttribute("href", Url(url)) : null,
        Text(person.Name));

    private string InputFileUrl(string inputPath) => FeedText.Url(_urls.Absolute(inputPath));

    private static string Url(Uri url) => FeedText.Url(url);

    private static string Text(string text) => FeedText.Clean(text.Trim());

    private static XElement? Optional(string name, string? value) => value is null ? null : new XElement(name, Text(value));

    private static string EpisodeSummary(string markdown)
    {
        var document = MarkdownRendering.Parse(markdown);
        return string.Join("\n\n", document.OfType<Markdig.Syntax.ParagraphBlock>().Select(p => MarkdownRendering.ToPlainText(p.Inline).Trim()));
    }

    /// <summary>UTF-8 without a BOM, declared as "UTF-8" as Apple's examples and validators show it (.NET would write "utf-8").</summary>
    private sealed class DeclaredUtf8() : UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
    {
        public override string WebName => "UTF-8";
    }
}
