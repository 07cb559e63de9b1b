using System.Globalization;
using System.Text;
using System.Xml;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Notes;
using PodcastSite.Rendering;
using PodcastSite.Text;

namespace PodcastSite.Feed;

/// <summary>
/// The podcast feed: RSS 2.0 with the itunes, podcast (Podcasting 2.0), content and atom namespaces, written
/// element by element with an <see cref="XmlWriter"/> from the model (never by concatenating strings), as UTF-8
/// with nothing before the declaration. The costly part of an item, its notes as HTML, is made on the other cores
/// while earlier items are written; the writing streams, so a 10,000-episode feed never exists as a tree in memory.
/// </summary>
public sealed class PodcastFeed(Site site, NotesStrings strings)
{
    public const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Podcast = "https://podcastindex.org/namespace/1.0";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>RFC 5005's Feed History namespace, whose <c>fh:archive</c> marks an archive page.</summary>
    public const string FeedHistory = "http://purl.org/syndication/history/1.0";

    private readonly Show _show = site.Show;
    private readonly SiteUrls _urls = new(site.Show);

    /// <summary>What an item needs besides the model: its notes rendered for the feed.</summary>
    private sealed record PreparedItem(Episode Episode, string PageUrl, string Content, string Description);

    /// <summary>The feed, and its archive pages when `feed_limit` leaves items out of it.</summary>
    public IReadOnlyList<FeedPage> Pages => _pages ??= FeedPages.Of(_show, Episodes);

    private IReadOnlyList<FeedPage>? _pages;

    /// <summary>The episodes the feed and its archive pages list, in feed order: those with audio.</summary>
    public IReadOnlyList<Episode> Episodes => _episodes ??= FeedEpisodes();

    private List<Episode>? _episodes;

    /// <summary>The whole feed of a show without `feed_limit`; with it, the current feed.</summary>
    public byte[] Write() => Write(Pages[0]);

    public byte[] Write(FeedPage page)
    {
        using var stream = new MemoryStream();
        Write(stream, page);
        return stream.ToArray();
    }

    /// <summary>Writes one file of the feed to <paramref name="stream"/> as it goes: a large show's feed is never whole in memory.</summary>
    /// <param name="alongside">Given each item's episode and its notes as soon as they are parsed, so a build renders
    /// the episode's page from the same notes instead of parsing them twice.</param>
    public void Write(Stream stream, FeedPage page, Action<Episode, ShowNotes>? alongside = null)
    {
        var episodes = page.Episodes;
        var settings = new XmlWriterSettings
        {
            Encoding = new DeclaredUtf8(),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var writer = new CleanXmlWriter(XmlWriter.Create(stream, settings)))
        {
            writer.WriteStartDocument();
            // A browser that opens the feed shows it as a page through this stylesheet; podcast apps ignore it.
            writer.WriteProcessingInstruction("xml-stylesheet", $"type=\"text/xsl\" href=\"{new SiteUrls(site.Show).Relative("feed.xsl")}\"");
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "itunes", null, Itunes);
            writer.WriteAttributeString("xmlns", "podcast", null, Podcast);
            writer.WriteAttributeString("xmlns", "content", null, Content);
            writer.WriteAttributeString("xmlns", "atom", null, Atom);
            // Declared only where used: the W3C validator knows no psc and warns about it wherever it is declared.
            if (episodes.Any(e => e.Chapters.Count > 0))
                writer.WriteAttributeString("xmlns", "psc", null, SimpleChapters.Namespace);
            if (page.IsArchive)
                writer.WriteAttributeString("xmlns", "fh", null, FeedHistory);
            writer.WriteStartElement("channel");
            WriteChannel(writer, page);
            // Items are prepared on the other cores while this thread writes the ones before them, in order.
            foreach (var item in OrderedParallel.Select(episodes, episode => Prepare(episode, alongside)))
                WriteItem(writer, item);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }

    private void WriteChannel(XmlWriter writer, FeedPage page)
    {
        var episodes = page.Episodes;
        var feedUrl = FeedText.Url(_show.FeedUrl);
        var image = InputFileUrl(_show.Image);
        Element(writer, "title", _show.Title);
        Element(writer, "link", Url(_show.BaseUrl));
        Element(writer, "description", PlainText(_show.DescriptionMarkdown));
        Element(writer, "language", _show.Language);
        if (_show.Copyright is { } copyright)
            Element(writer, "copyright", copyright);
        Element(writer, "generator", "PodcastSite");
        if (episodes.Count > 0)
            Element(writer, "lastBuildDate", FeedText.Rfc2822(episodes.Max(e => e.Date)));
        writer.WriteStartElement("atom", "link", Atom);
        writer.WriteAttributeString("href", page.IsArchive ? PageUrl(page.Number) : feedUrl);
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", "application/rss+xml");
        writer.WriteEndElement();
        if (_show.WebSubHub is { } hub && !page.IsArchive)
            Empty(writer, "atom", "link", Atom, ("href", Url(hub)), ("rel", "hub"));
        WritePageLinks(writer, page);
        writer.WriteStartElement("image");
        Element(writer, "url", image);
        Element(writer, "title", _show.Title);
        Element(writer, "link", Url(_show.BaseUrl));
        writer.WriteEndElement();
        Empty(writer, "itunes", "image", Itunes, ("href", image));
        // The owner before the author: feedparser takes the last name it sees as the show's author.
        writer.WriteStartElement("itunes", "owner", Itunes);
        Element(writer, "itunes", "name", Itunes, _show.Owner.Name);
        Element(writer, "itunes", "email", Itunes, _show.Owner.Email);
        writer.WriteEndElement();
        Element(writer, "itunes", "author", Itunes, _show.Author);
        foreach (var category in _show.Categories)
        {
            writer.WriteStartElement("itunes", "category", Itunes);
            writer.WriteAttributeString("text", category.Name);
            if (category.Subcategory is { } sub)
                Empty(writer, "itunes", "category", Itunes, ("text", sub));
            writer.WriteEndElement();
        }
        Element(writer, "itunes", "explicit", Itunes, _show.Explicit ? "true" : "false");
        Element(writer, "itunes", "type", Itunes, _show.Type == ShowType.Serial ? "serial" : "episodic");
        if (_show.NewFeedUrl is { } newFeed)
            Element(writer, "itunes", "new-feed-url", Itunes, Url(newFeed));
        if (_show.Complete)
            Element(writer, "itunes", "complete", Itunes, "Yes");
        if (_show.Block)
            Element(writer, "itunes", "block", Itunes, "Yes");
        Element(writer, "podcast", "guid", Podcast, (_show.Guid ?? PodcastGuid.ForFeedUrl(feedUrl)).ToString("D"));
        if (_show.Locked is { } locked)
        {
            writer.WriteStartElement("podcast", "locked", Podcast);
            writer.WriteAttributeString("owner", locked.Owner);
            writer.WriteString(locked.Value ? "yes" : "no");
            writer.WriteEndElement();
        }
        foreach (var funding in _show.Funding)
        {
            writer.WriteStartElement("podcast", "funding", Podcast);
            writer.WriteAttributeString("url", Url(funding.Url));
            writer.WriteString(Text(funding.Text));
            writer.WriteEndElement();
        }
        foreach (var host in _show.Hosts)
            WritePerson(writer, host);
        foreach (var txt in _show.Txt)
        {
            writer.WriteStartElement("podcast", "txt", Podcast);
            if (txt.Purpose is { } purpose)
                writer.WriteAttributeString("purpose", purpose);
            writer.WriteString(Text(txt.Text));
            writer.WriteEndElement();
        }
        if (_show.License is { } license)
            ItemPodcastTags.WriteLicense(writer, license);
        if (_show.Location is { } location)
            ItemPodcastTags.WriteLocation(writer, location);
        if (_show.UpdateFrequency is { } frequency)
        {
            writer.WriteStartElement("podcast", "updateFrequency", Podcast);
            writer.WriteAttributeString("rrule", frequency.Rrule);
            if (frequency.Complete)
                writer.WriteAttributeString("complete", "true");
            writer.WriteString(Text(frequency.Text));
            writer.WriteEndElement();
        }
        Element(writer, "podcast", "medium", Podcast, _show.Medium);
        WriteRecommendations(writer);
        if (_show.Value is { } value)
            ValueTags.Write(writer, value);
    }

    /// <summary>
    /// RFC 5005 links between the pages. Paged-feed links (§3: first, last, next = older, previous = newer) for apps that
    /// page, as the podcast namespace recommends, and archive links (§4: current, prev-archive = older, next-archive =
    /// newer) for those that read archives; an archive page says it is one with fh:archive.
    /// </summary>
    private void WritePageLinks(XmlWriter writer, FeedPage page)
    {
        if (page.ArchiveCount == 0)
            return;
        var older = page.Number == 0 ? page.ArchiveCount : page.Number - 1;
        if (page.IsArchive)
            Link(writer, "current", PageUrl(0));
        Link(writer, "first", PageUrl(0));
        Link(writer, "last", PageUrl(1));
        if (page.IsArchive)
            Link(writer, "previous", PageUrl(page.Number == page.ArchiveCount ? 0 : page.Number + 1));
        if (older > 0)
        {
            Link(writer, "next", PageUrl(older));
            Link(writer, "prev-archive", PageUrl(older));
        }
        if (page.IsArchive && page.Number < page.ArchiveCount)
            Link(writer, "next-archive", PageUrl(page.Number + 1));
        if (page.IsArchive)
            Empty(writer, "fh", "archive", FeedHistory);
    }

    private static void Link(XmlWriter writer, string rel, string href) =>
        Empty(writer, "atom", "link", Atom, ("href", href), ("rel", rel), ("type", "application/rss+xml"));

    private string PageUrl(int number) => FeedText.Url(number == 0 ? _show.FeedUrl : _urls.Absolute(FeedPages.ArchivePath(_show, number)));

    /// <summary>The show's links to other feeds and its other art: trailers, the podroll, the publisher, podcast:image.</summary>
    private void WriteRecommendations(XmlWriter writer)
    {
        // Trailers are listed from the whole show, not the page, so every page names the same ones.
        foreach (var trailer in site.Episodes.Where(e => e.Type == EpisodeType.Trailer && e.Audio is not null).OrderByDescending(e => e.Date))
        {
            var audio = trailer.Audio!;
            writer.WriteStartElement("podcast", "trailer", Podcast);
            writer.WriteAttributeString("pubdate", FeedText.Rfc2822(trailer.Date));
            writer.WriteAttributeString("url", Feed.AnalyticsPrefix.Apply(_show.AnalyticsPrefix, Url(audio.Url)));
            writer.WriteAttributeString("length", audio.Length.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("type", audio.MimeType);
            if (trailer.Season is { } season)
                writer.WriteAttributeString("season", Integer(season));
            writer.WriteString(AtMost128(Text(trailer.FullTitle)));
            writer.WriteEndElement();
        }
        if (_show.Podroll.Count > 0)
        {
            writer.WriteStartElement("podcast", "podroll", Podcast);
            foreach (var show in _show.Podroll)
            {
                writer.WriteStartElement("podcast", "remoteItem", Podcast);
                writer.WriteAttributeString("feedGuid", show.FeedGuid.ToString("D"));
                if (show.FeedUrl is { } feed)
                    writer.WriteAttributeString("feedUrl", Url(feed));
                if (show.Title is { } title)
                    writer.WriteAttributeString("title", Text(title));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        if (_show.Publisher is { FeedGuid: { } publisherGuid, FeedUrl: { } publisherFeed })
        {
            writer.WriteStartElement("podcast", "publisher", Podcast);
            Empty(
                writer,
                "podcast",
                "remoteItem",
                Podcast,
                ("medium", "publisher"),
                ("feedGuid", publisherGuid.ToString("D")),
                ("feedUrl", Url(publisherFeed))
            );
            writer.WriteEndElement();
        }
        foreach (var image in _show.Images)
        {
            writer.WriteStartElement("podcast", "image", Podcast);
            writer.WriteAttributeString("href", InputFileUrl(image.Href));
            if (image.Alt is { } alt)
                writer.WriteAttributeString("alt", Text(alt));
            if (image.Width is { } width && image.Height is { } height)
                writer.WriteAttributeString("aspect-ratio", AspectRatio(width, height));
            if (image.Width is { } w)
                writer.WriteAttributeString("width", Integer(w));
            if (image.Height is { } h)
                writer.WriteAttributeString("height", Integer(h));
            if (image.Purpose is { } purpose)
                writer.WriteAttributeString("purpose", string.Join(' ', purpose.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            writer.WriteEndElement();
        }
    }

    // The namespace caps a trailer's title; an episode title has no such limit, so a long one is shortened here.
    private static string AtMost128(string text) => text.Length <= 128 ? text : text[..127].TrimEnd() + "…";

    /// <summary>The namespace writes a ratio as its smallest whole numbers: <c>16/9</c> for 1920x1080.</summary>
    private static string AspectRatio(int width, int height)
    {
        var divisor = (int)System.Numerics.BigInteger.GreatestCommonDivisor(width, height);
        return $"{Integer(width / divisor)}/{Integer(height / divisor)}";
    }

    /// <summary>Episodic shows list newest first; serial shows in the order they are meant to be heard.</summary>
    private List<Episode> FeedEpisodes()
    {
        var withAudio = site.Episodes.Where(e => e.Audio is not null);
        return (
            _show.Type == ShowType.Serial
                ? withAudio.OrderBy(e => e.Season ?? 0).ThenBy(e => e.Number ?? int.MaxValue).ThenBy(e => e.Date)
                : withAudio.OrderByDescending(e => e.Date)
        ).ToList();
    }

    private PreparedItem Prepare(Episode episode, Action<Episode, ShowNotes>? alongside)
    {
        var page = _urls.Absolute(SiteUrls.EpisodePath(episode));
        var notes = ShowNotes.Of(episode);
        alongside?.Invoke(episode, notes);
        var sections = NotesHtmlRenderer.Sections(
            notes,
            strings,
            HtmlTarget.Feed,
            page,
            site.Show.BaseUrl,
            person => _urls.Absolute(SiteUrls.GuestPath(person))
        );
        var body = MarkdownRendering.ToHtml(notes.Body, HtmlTarget.Feed, page, site.Show.BaseUrl);
        var chapterList = _show.ChaptersInDescription ? DescriptionChapters.ParagraphHtml(episode.Chapters) : "";
        // With the list at the top, the chapters section would say the same again further down.
        var descriptionSections = chapterList.Length > 0 ? sections.Where(s => s.Kind != "chapters").ToList() : sections;
        return new PreparedItem(
            episode,
            FeedText.Url(page),
            NotesHtmlRenderer.Render(body, sections, HtmlTarget.Feed),
            FeedDescription.Build(body, episode.Summary, notes.Body, descriptionSections, chapterList)
        );
    }

    private void WriteItem(XmlWriter writer, PreparedItem item)
    {
        var episode = item.Episode;
        var audio = episode.Audio!;
        writer.WriteStartElement("item");
        Element(writer, "title", episode.FullTitle);
        Element(writer, "link", item.PageUrl);
        writer.WriteStartElement("guid");
        writer.WriteAttributeString("isPermaLink", episode.GuidIsPermaLink ?? episode.Guid == item.PageUrl ? "true" : "false");
        writer.WriteString(Text(episode.Guid));
        writer.WriteEndElement();
        Element(writer, "pubDate", FeedText.Rfc2822(episode.Date));
        // CDATA keeps the HTML readable; the writer splits any "]]>" in the notes so it cannot end the section.
        writer.WriteStartElement("description");
        writer.WriteCData(item.Description);
        writer.WriteEndElement();
        writer.WriteStartElement("content", "encoded", Content);
        writer.WriteCData(item.Content);
        writer.WriteEndElement();
        Empty(
            writer,
            null,
            "enclosure",
            null,
            ("url", Feed.AnalyticsPrefix.Apply(_show.AnalyticsPrefix, Url(audio.Url))),
            ("length", audio.Length.ToString(CultureInfo.InvariantCulture)),
            ("type", audio.MimeType)
        );
        if (audio.Duration is { } duration)
            Element(writer, "itunes", "duration", Itunes, FeedText.Seconds(duration));
        if (episode.Number is { } number)
            Element(writer, "itunes", "episode", Itunes, Integer(number));
        if (episode.Season is { } season)
            Element(writer, "itunes", "season", Itunes, Integer(season));
        Element(writer, "itunes", "episodeType", Itunes, episode.Type.ToString().ToLowerInvariant());
        if (episode.Image is { } image)
            Empty(writer, "itunes", "image", Itunes, ("href", InputFileUrl(image)));
        Element(writer, "itunes", "explicit", Itunes, episode.Explicit ? "true" : "false");
        if (episode.Block)
            Element(writer, "itunes", "block", Itunes, "Yes");
        if (episode.Season is { } podcastSeason)
        {
            // The namespace's schema requires a season name; apps may show it instead of the number.
            writer.WriteStartElement("podcast", "season", Podcast);
            writer.WriteAttributeString("name", $"Season {Integer(podcastSeason)}");
            writer.WriteString(Integer(podcastSeason));
            writer.WriteEndElement();
        }
        if (episode.Number is { } podcastEpisode)
            Element(writer, "podcast", "episode", Podcast, Integer(podcastEpisode));
        // An item's person list replaces the channel's, so the hosts are named again beside the guests.
        foreach (var person in episode.Hosts.Concat(episode.Guests))
            WritePerson(writer, person);
        foreach (var transcript in episode.Transcripts)
        {
            writer.WriteStartElement("podcast", "transcript", Podcast);
            writer.WriteAttributeString("url", InputFileUrl(transcript.Location));
            writer.WriteAttributeString("type", transcript.MimeType);
            writer.WriteAttributeString("language", transcript.Language ?? _show.Language);
            var rel = transcript.Rel ?? (transcript.MimeType is "text/vtt" or "application/x-subrip" ? "captions" : null);
            if (rel is not null)
                writer.WriteAttributeString("rel", rel);
            writer.WriteEndElement();
        }
        if (episode.ChaptersUrl is { } chaptersUrl)
            Empty(writer, "podcast", "chapters", Podcast, ("url", Url(chaptersUrl)), ("type", ChaptersJson.MimeType));
        else if (episode.Chapters.Count > 0)
            Empty(
                writer,
                "podcast",
                "chapters",
                Podcast,
                ("url", FeedText.Url(_urls.Absolute(SiteUrls.EpisodePath(episode) + "chapters.json"))),
                ("type", ChaptersJson.MimeType)
            );
        SimpleChapters.Write(writer, episode.Chapters, InputFileUrl);
        ItemPodcastTags.Write(writer, episode, _show.AnalyticsPrefix);
        if (episode.Value is { } value)
            ValueTags.Write(writer, value);
        writer.WriteEndElement();
    }

    private void WritePerson(XmlWriter writer, Person person)
    {
        writer.WriteStartElement("podcast", "person", Podcast);
        writer.WriteAttributeString("role", person.Role);
        writer.WriteAttributeString("group", person.Group);
        if (person.Image is { } image)
            writer.WriteAttributeString("img", InputFileUrl(image));
        if (person.Url is { } url)
            writer.WriteAttributeString("href", Url(url));
        writer.WriteString(Text(person.Name));
        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string name, string value) => writer.WriteElementString(name, Text(value));

    private static void Element(XmlWriter writer, string prefix, string name, string ns, string value) =>
        writer.WriteElementString(prefix, name, ns, Text(value));

    private static void Empty(XmlWriter writer, string? prefix, string name, string? ns, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(prefix, name, ns);
        foreach (var (attribute, value) in attributes)
            writer.WriteAttributeString(attribute, value);
        writer.WriteEndElement();
    }

    /// <summary>The address of a file under input/, published with the site; or an address elsewhere, as it is.</summary>
    private string InputFileUrl(string pathOrUrl) => FeedText.Url(_urls.Absolute(pathOrUrl));

    private static string Url(Uri url) => FeedText.Url(url);

    // The writer removes forbidden characters anyway; removing them first lets Trim reach a space they stood behind.
    private static string Text(string text) => ForbiddenCharacters.Remove(text).Trim();

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string PlainText(string markdown)
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
