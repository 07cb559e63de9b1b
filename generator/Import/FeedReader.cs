using System.Globalization;
using System.Xml.Linq;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Feed;
using PodcastSite.Markdown;
using PodcastSite.Model;
using static PodcastSite.Import.FeedXml;

namespace PodcastSite.Import;

/// <summary>
/// Parse: a podcast's RSS feed, as hosts really write them, into an <see cref="ImportedShow"/>. Lenient where podcast
/// apps are lenient, and every guess, loss or clash reported at its line and column in the feed.
/// </summary>
public sealed partial class FeedReader
{
    private readonly FeedOrigin _origin;
    private readonly DiagnosticBag _diagnostics;
    private readonly DateTimeOffset _now;
    private readonly List<Diagnostic> _notImported = [];
    private Uri? _feedUrl;
    private Uri? _siteUrl;

    private FeedReader(FeedOrigin origin, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        _origin = origin;
        _now = now;
        _diagnostics = diagnostics;
    }

    /// <param name="now">The date given to an item that has none (it is reported).</param>
    /// <param name="diagnostics">
    /// Everything said about the feed. What was said about the channel and about each episode is also kept on the show
    /// and on the episode, so that an import that writes neither can leave it unsaid.
    /// </param>
    public static ImportedShow? Read(byte[] bytes, FeedOrigin origin, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var document = FeedXml.Load(bytes, origin.DisplayName, diagnostics);
        if (document is null)
            return null;
        var channel = new DiagnosticBag();
        var reader = new FeedReader(origin, now, channel);
        var show = reader.Read(document);
        var warnings = channel.ToSortedList();
        foreach (var diagnostic in warnings.Concat(reader._notImported).Concat(show?.Episodes.SelectMany(e => e.Warnings) ?? []))
            diagnostics.Report(diagnostic);
        return show is null ? null : show with { Warnings = warnings };
    }

    private ImportedShow? Read(XDocument document)
    {
        var root = document.Root!;
        if (root.Name.LocalName != "rss")
        {
            var kind = VocabularyOf(root.Name.Namespace) == Vocabulary.Atom ? "an Atom feed" : $"XML whose root is `<{root.Name.LocalName}>`";
            _diagnostics.Error(At(root), $"this is {kind}, not an RSS feed; podcast feeds are RSS 2.0 (`<rss><channel>...`), which every host publishes");
            return null;
        }
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("channel", StringComparison.OrdinalIgnoreCase));
        if (channel is null)
        {
            _diagnostics.Error(At(root), "the feed has no `<channel>`, so it holds no show");
            return null;
        }
        var selfLink = All(channel, Vocabulary.Atom, "link").FirstOrDefault(l => Attribute(l, "rel") == "self");
        var selfText = Attribute(selfLink, "href");
        _feedUrl = WebAddress(selfText) ?? _origin.Address;
        _siteUrl = WebAddress(TextOf(channel, Vocabulary.Rss, "link"));

        var owner = One(channel, Vocabulary.Itunes, "owner");
        var ownerEmail = owner is null ? null : TextOf(owner, Vocabulary.Itunes, "email");
        ownerEmail ??= TextOf(channel, Vocabulary.GooglePlay, "email") ?? EmailOf(TextOf(channel, Vocabulary.Rss, "managingEditor"));
        if (ownerEmail is null)
            _diagnostics.Warning(
                At(owner ?? channel),
                "the feed gives no owner's email (`itunes:owner`), which podcast.yml needs: Apple and Spotify send ownership checks there; write it under `owner:` before building"
            );
        var ownerName = (owner is null ? null : TextOf(owner, Vocabulary.Itunes, "name")) ?? NameOf(TextOf(channel, Vocabulary.Rss, "managingEditor"));
        var author = TextOf(channel, Vocabulary.Itunes, "author") ?? TextOf(channel, Vocabulary.GooglePlay, "author") ?? ownerName;
        var (guid, derived) = ShowGuid(channel, selfText);
        var (image, imageAt) = ShowImage(channel);
        var episodes = channel
            .Elements()
            .Where(e => e.Name.LocalName.Equals("item", StringComparison.OrdinalIgnoreCase) && VocabularyOf(e.Name.Namespace) == Vocabulary.Rss)
            .Select(ReadItemWithItsWarnings)
            .OfType<ImportedEpisode>()
            .ToList();
        episodes = ReportDuplicateGuids(episodes);
        var showType = ShowTypeOf(channel);
        if (showType == ShowType.Serial)
            episodes = ReportUnnumbered(episodes);
        return new ImportedShow(
            TextOf(channel, Vocabulary.Rss, "title") ?? TextOf(channel, Vocabulary.Itunes, "title"),
            TextOf(channel, Vocabulary.Rss, "description")
                ?? TextOf(channel, Vocabulary.Itunes, "summary")
                ?? TextOf(channel, Vocabulary.GooglePlay, "description")
                ?? "",
            _siteUrl,
            _feedUrl,
            image,
            imageAt,
            Language(channel),
            author,
            ownerName,
            ownerEmail,
            Categories(channel),
            ExplicitOf(channel) ?? false,
            showType,
            TextOf(channel, Vocabulary.Rss, "copyright"),
            TextOf(channel, Vocabulary.Itunes, "subtitle"),
            guid,
            derived,
            Lock(channel, ownerEmail),
            Funding(channel).ToList(),
            People(channel).ToList(),
            FeedValues.Yes(TextOf(channel, Vocabulary.Itunes, "complete")),
            FeedValues.Yes(TextOf(channel, Vocabulary.Itunes, "block")),
            episodes,
            []
        );
    }

    /// <summary>An item read by a reader with a bag of its own, so that its warnings stay with the episode; a post's are kept apart.</summary>
    private ImportedEpisode? ReadItemWithItsWarnings(XElement item)
    {
        var own = new DiagnosticBag();
        var episode = new FeedReader(_origin, _now, own) { _feedUrl = _feedUrl, _siteUrl = _siteUrl }.ReadItem(item);
        if (episode is not null)
            return episode with { Warnings = own.ToSortedList() };
        _notImported.AddRange(own.ToSortedList());
        return null;
    }

    private ImportedEpisode? ReadItem(XElement item)
    {
        var enclosures = All(item, Vocabulary.Rss, "enclosure").ToList();
        var title = TextOf(item, Vocabulary.Rss, "title") ?? TextOf(item, Vocabulary.Itunes, "title");
        var named = title is null ? "an item without a title" : $"item `{title}`";
        if (enclosures.Count == 0)
        {
            _diagnostics.Warning(At(item), $"{named} has no enclosure (no audio), so it is a post rather than an episode; it was not imported");
            return null;
        }
        if (enclosures.Count > 1)
            _diagnostics.Warning(At(enclosures[1]), $"{named} has {enclosures.Count} enclosures; podcast apps play the first, which alone was imported");
        var enclosureUrlText = Attribute(enclosures[0], "url");
        var enclosureUrl = Resolve(enclosureUrlText, _feedUrl, enclosures[0], "enclosure");
        if (enclosureUrl is null)
        {
            if (enclosureUrlText is null)
                _diagnostics.Warning(At(enclosures[0]), $"{named} has an enclosure without a `url`; it was not imported");
            return null;
        }
        var length =
            Attribute(enclosures[0], "length") is { } lengthText
            && long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            && bytes > 0
                ? bytes
                : (long?)null;
        if (length is null)
            _diagnostics.Warning(
                At(enclosures[0]),
                $"{named} gives no size for its audio (`length`); its file says `length: 0`: write the file's size in bytes there"
            );
        var enclosure = new ImportedEnclosure(enclosureUrl, length, Attribute(enclosures[0], "type"));

        var guidElement = One(item, Vocabulary.Rss, "guid");
        var guid = NonEmpty(guidElement?.Value);
        if (guid is null)
        {
            // Podcast apps know an item without a guid by its enclosure's address; keeping it keeps their record of it.
            guid = enclosureUrlText!.Contains("://", StringComparison.Ordinal) ? enclosureUrlText : enclosureUrl.AbsoluteUri;
            _diagnostics.Warning(At(item), $"{named} has no guid; podcast apps know it by its audio's address, which became its guid: `{guid}`");
        }
        // RSS says a guid is a permalink unless isPermaLink says otherwise; only a web address can be one.
        var permaLink =
            Attribute(guidElement, "isPermaLink")?.ToLowerInvariant() != "false"
            && guidElement is not null
            && WebAddress(guid) is not null
            && Uri.IsWellFormedUriString(guid, UriKind.Absolute);

        if (title is null)
        {
            title = Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(enclosureUrl.AbsolutePath));
            _diagnostics.Warning(At(item), $"an item has no title; it was named after its audio file, `{title}`");
        }
        var (durationValue, durationText) = Duration(item, named);
        var (date, dateRead) = Date(item, named);
        var (image, imageAt) = ItunesImage(item);
        return new ImportedEpisode(
            At(item),
            guid,
            permaLink,
            title,
            date,
            enclosure,
            durationValue,
            durationText,
            Number(item, "episode", named),
            Number(item, "season", named),
            EpisodeTypeOf(item, named),
            ExplicitOf(item),
            FeedValues.Yes(TextOf(item, Vocabulary.Itunes, "block")),
            image,
            imageAt,
            People(item).Where(p => p.Role == "guest").ToList(),
            All(item, Vocabulary.Podcast, "person").Any() ? People(item).Where(p => p.Role != "guest").ToList() : null,
            Resolve(Attribute(One(item, Vocabulary.Podcast, "chapters"), "url"), _feedUrl, item, "chapters"),
            PodloveChapters(item, named),
            Transcripts(item),
            Notes(item),
            // Dated today, it would go out to every subscriber as the newest episode.
            dateRead ? null : "the old feed's date for this episode could not be read, so `date:` is the day of the import: correct it, then delete this line",
            []
        );
    }

    /// <summary>The item's date, or today's (reported) with <c>Read</c> false when it has none that can be read.</summary>
    private (DateTimeOffset Date, bool Read) Date(XElement item, string named)
    {
        var element = One(item, Vocabulary.Rss, "pubDate");
        var text = NonEmpty(element?.Value);
        if (text is not null && FeedDate.Parse(text, out var zoneGuessed) is { } date)
        {
            if (zoneGuessed)
                _diagnostics.Warning(At(element!), $"`{text}` names no time zone PodcastSite knows; it was read as UTC");
            return (date, true);
        }
        var today = new DateTimeOffset(_now.UtcDateTime.Date, TimeSpan.Zero);
        const string fix = "and imported as a draft: correct `date:` in its file, then delete `draft: true`";
        _diagnostics.Warning(
            At(element ?? item),
            text is null
                ? $"{named} has no `pubDate`; it was dated today, {today:yyyy-MM-dd}, {fix}"
                : $"{named} has a `pubDate` no podcast app can read, `{text}`; it was dated today, {today:yyyy-MM-dd}, {fix}"
        );
        return (today, false);
    }

    private (TimeSpan? Value, string? Text) Duration(XElement item, string named)
    {
        var element = One(item, Vocabulary.Itunes, "duration");
        var text = NonEmpty(element?.Value);
        if (text is null)
            return (null, null);
        if (FeedValues.Duration(text) is not { } value)
        {
            _diagnostics.Warning(At(element!), $"{named} has a duration no podcast app can read, `{text}`; it was left out");
            return (null, null);
        }
        // The form as written when PodcastSite reads it the same way; podcasters recognise their own numbers.
        return (value, PodcastSite.Text.DurationText.TryParse(text, out var same) && same == value ? text : null);
    }

    private int? Number(XElement item, string name, string named)
    {
        var element = One(item, Vocabulary.Itunes, name) ?? One(item, Vocabulary.Podcast, name);
        var text = NonEmpty(element?.Value);
        if (text is null)
            return null;
        if (FeedValues.PositiveWholeNumber(text) is { } number)
            return number;
        _diagnostics.Warning(At(element!), $"{named} has {name} `{text}`, which is not a whole number above 0; it was left out");
        return null;
    }

    private EpisodeType EpisodeTypeOf(XElement item, string named)
    {
        var element = One(item, Vocabulary.Itunes, "episodeType");
        switch (NonEmpty(element?.Value)?.ToLowerInvariant())
        {
            case null or "full":
                return EpisodeType.Full;
            case "trailer":
                return EpisodeType.Trailer;
            case "bonus":
                return EpisodeType.Bonus;
            case var other:
                _diagnostics.Warning(
                    At(element!),
                    $"{named} has episode type `{other}`, which is none of `full`, `trailer` and `bonus`; it was imported as `full`"
                );
                return EpisodeType.Full;
        }
    }

    private bool? ExplicitOf(XElement parent)
    {
        var element = One(parent, Vocabulary.Itunes, "explicit") ?? One(parent, Vocabulary.GooglePlay, "explicit");
        var text = NonEmpty(element?.Value);
        if (text is null)
            return null;
        if (FeedValues.Explicit(text) is { } value)
            return value;
        _diagnostics.Warning(At(element!), $"explicit `{text}` is none of `true`, `false`, `yes`, `no`, `explicit` and `clean`; it was ignored");
        return null;
    }

    private ShowType ShowTypeOf(XElement channel)
    {
        var element = One(channel, Vocabulary.Itunes, "type");
        switch (NonEmpty(element?.Value)?.ToLowerInvariant())
        {
            case null or "episodic":
                return ShowType.Episodic;
            case "serial":
                return ShowType.Serial;
            case var other:
                _diagnostics.Warning(At(element!), $"show type `{other}` is neither `episodic` nor `serial`; it was imported as `episodic`");
                return ShowType.Episodic;
        }
    }

    private string? Language(XElement channel)
    {
        var element = One(channel, Vocabulary.Rss, "language");
        var text = NonEmpty(element?.Value);
        if (text is null || LanguageCode().IsMatch(text))
            return text;
        _diagnostics.Warning(
            At(element!),
            $"language `{text}` is not a language code like `en` or `en-US`; write the right one in podcast.yml (`en` meanwhile)"
        );
        return null;
    }

    private List<Category> Categories(XElement channel)
    {
        var categories = new List<Category>();
        foreach (var element in All(channel, Vocabulary.Itunes, "category"))
        {
            var name = Attribute(element, "text");
            if (name is null)
                continue;
            var subs = All(element, Vocabulary.Itunes, "category").Select(s => Attribute(s, "text")).OfType<string>().ToList();
            foreach (var written in subs.Count == 0 ? [name] : subs.Select(s => $"{name} > {s}"))
            {
                var category = ImportedCategories.Match(written) ?? ImportedCategories.Match(name);
                if (category is null)
                    _diagnostics.Warning(At(element), $"category `{written}` is not on Apple's list; it was left out");
                else if (!categories.Contains(category))
                    categories.Add(category);
            }
        }
        return categories;
    }

    private (Uri? Url, SourcePosition? At) ShowImage(XElement channel)
    {
        if (ItunesImage(channel) is { Url: not null } itunes)
            return itunes;
        var image = One(channel, Vocabulary.Rss, "image");
        if (image is not null && Resolve(TextOf(image, Vocabulary.Rss, "url"), _feedUrl, image, "image") is { } rss)
            return (rss, At(image));
        var googlePlay = One(channel, Vocabulary.GooglePlay, "image");
        return Resolve(Attribute(googlePlay, "href"), _feedUrl, channel, "googleplay:image") is { } google ? (google, At(googlePlay!)) : (null, null);
    }

    // Apple's tag has the address in `href`; some feeds write it as the text.
    private (Uri? Url, SourcePosition? At) ItunesImage(XElement parent)
    {
        var element = One(parent, Vocabulary.Itunes, "image");
        return element is not null && Resolve(Attribute(element, "href") ?? NonEmpty(element.Value), _feedUrl, element, "itunes:image") is { } url
            ? (url, At(element))
            : (null, null);
    }

    private (Guid? Guid, bool Derived) ShowGuid(XElement channel, string? selfText)
    {
        var element = One(channel, Vocabulary.Podcast, "guid");
        var text = NonEmpty(element?.Value);
        if (text is not null)
        {
            if (System.Guid.TryParse(text, out var written))
                return (written, false);
            _diagnostics.Warning(At(element!), $"podcast:guid `{text}` is not a UUID; it was left out");
        }
        // The Podcasting 2.0 rule: the UUIDv5 of the feed's address, which apps worked out from the old one.
        var address = selfText is not null && WebAddress(selfText) is not null ? selfText : _origin.Address?.OriginalString;
        if (address is not null)
            return (PodcastGuid.ForFeedUrl(address), true);
        _diagnostics.Warning(
            _origin.DisplayName,
            0,
            0,
            "the feed names neither its podcast:guid nor its own address (atom:link rel=\"self\"), so the guid podcast apps know the show by cannot be worked out; "
                + "import it from its address, or add `guid:` to podcast.yml yourself"
        );
        return (null, false);
    }

    private FeedLock? Lock(XElement channel, string? ownerEmail)
    {
        var element = One(channel, Vocabulary.Podcast, "locked");
        var text = NonEmpty(element?.Value);
        if (text is null)
            return null;
        var owner = Attribute(element, "owner") ?? ownerEmail;
        if (owner is not null)
            return new FeedLock(owner, FeedValues.Yes(text));
        _diagnostics.Warning(At(element!), "podcast:locked names no owner and the feed has no owner's email; it was left out");
        return null;
    }

    private IEnumerable<Funding> Funding(XElement channel)
    {
        foreach (var element in All(channel, Vocabulary.Podcast, "funding"))
        {
            if (Resolve(Attribute(element, "url"), _feedUrl, element, "podcast:funding") is not { } url)
                continue;
            yield return new Funding(url, NonEmpty(element.Value) ?? url.Host);
        }
    }

    private IEnumerable<Person> People(XElement parent)
    {
        foreach (var element in All(parent, Vocabulary.Podcast, "person"))
        {
            var name = PersonParser.NormaliseName(element.Value);
            if (name.Length == 0)
                continue;
            // The namespace's defaults, and its roles in any letter case (Castopod writes `Host`).
            var role = Attribute(element, "role")?.ToLowerInvariant() ?? "host";
            var group = Attribute(element, "group")?.ToLowerInvariant() ?? PersonTaxonomy.Default.GroupOf(role) ?? "cast";
            if (!PersonTaxonomy.Default.IsKnown(group, role))
            {
                _diagnostics.Warning(At(element), $"`{role}` in group `{group}` is not a Podcasting 2.0 role; {name} was imported as a host");
                (role, group) = ("host", "cast");
            }
            yield return new Person(
                name,
                PodcastSite.Text.Slug.From(name),
                Resolve(Attribute(element, "href"), _feedUrl, element, "href"),
                Resolve(Attribute(element, "img"), _feedUrl, element, "img")?.AbsoluteUri,
                role,
                group
            );
        }
    }

    /// <summary>Podlove Simple Chapters (psc:chapters), which Podlove Publisher writes into each item.</summary>
    private List<Chapter> PodloveChapters(XElement item, string named)
    {
        var chapters = new List<Chapter>();
        var list = One(item, Vocabulary.PodloveChapters, "chapters");
        if (list is null)
            return chapters;
        foreach (var element in All(list, Vocabulary.PodloveChapters, "chapter"))
        {
            var start = Attribute(element, "start") is { } startText ? FeedValues.Duration(startText) : null;
            var title = Attribute(element, "title");
            if (start is null || title is null || (chapters.Count > 0 && start <= chapters[^1].Start))
            {
                _diagnostics.Warning(
                    At(element),
                    $"a chapter of {named} has no readable `start` and `title`, or starts before the one above it; the chapters were left out"
                );
                return [];
            }
            chapters.Add(
                new Chapter(
                    start.Value,
                    title,
                    Resolve(Attribute(element, "href"), _feedUrl, element, "href"),
                    Resolve(Attribute(element, "image"), _feedUrl, element, "image")?.AbsoluteUri
                )
            );
        }
        return chapters;
    }

    private List<Transcript> Transcripts(XElement item)
    {
        var transcripts = new List<Transcript>();
        foreach (var element in All(item, Vocabulary.Podcast, "transcript"))
        {
            if (Resolve(Attribute(element, "url"), _feedUrl, element, "podcast:transcript") is not { } url)
                continue;
            // Real feeds write SubRip as application/srt; the namespace's name for it is application/x-subrip.
            var type =
                Attribute(element, "type")?.ToLowerInvariant() switch
                {
                    "application/srt" or "text/srt" => "application/x-subrip",
                    var written => written,
                } ?? Transcript.RemoteMimeTypeFor(url);
            if (type is null || !Transcript.Types.Contains(type))
            {
                _diagnostics.Warning(At(element), $"transcript `{url}` has type `{type}`, which podcast apps do not read as a transcript; it was left out");
                continue;
            }
            var language = Attribute(element, "language");
            if (language is not null && !LanguageCode().IsMatch(language))
            {
                _diagnostics.Warning(
                    At(element),
                    $"transcript `{url}` has language `{language}`, which is not a language code like `en`; the show's language stands for it"
                );
                language = null;
            }
            transcripts.Add(new Transcript(url.AbsoluteUri, type, language, Attribute(element, "rel")));
        }
        return transcripts;
    }

    /// <summary>
    /// The richest notes the item has (content:encoded, else description, else itunes:summary), with relative
    /// addresses made absolute against the page they were written for, so they still lead there from the new site.
    /// </summary>
    private string Notes(XElement item)
    {
        var notes =
            TextOf(item, Vocabulary.Content, "encoded")
            ?? TextOf(item, Vocabulary.Rss, "description")
            ?? TextOf(item, Vocabulary.Itunes, "summary")
            ?? TextOf(item, Vocabulary.GooglePlay, "description")
            ?? "";
        var page = WebAddress(TextOf(item, Vocabulary.Rss, "link")) ?? _siteUrl ?? _feedUrl;
        if (page is null)
            return notes;
        // A fragment points inside the notes themselves; an address with a scheme is absolute already.
        return RawHtml.RewriteUrls(
            notes,
            url => url.StartsWith('#') || Scheme().IsMatch(url) || !Uri.TryCreate(page, url, out var absolute) ? url : absolute.AbsoluteUri
        );
    }

    /// <summary>
    /// Two items with one guid are one episode to podcast apps; both are imported, so the podcaster decides. The
    /// warning goes with the later item.
    /// </summary>
    private static List<ImportedEpisode> ReportDuplicateGuids(List<ImportedEpisode> episodes)
    {
        var firsts = new Dictionary<string, ImportedEpisode>(StringComparer.Ordinal);
        return episodes
            .Select(other =>
            {
                if (firsts.TryAdd(other.Guid, other))
                    return other;
                var first = firsts[other.Guid];
                var warning = new Diagnostic(
                    other.At.Path,
                    other.At.Line,
                    other.At.Column,
                    Severity.Warning,
                    $"item `{other.Title}` has the same guid as item `{first.Title}` at line {first.At.Line}, `{other.Guid}`; podcast apps show only one of them. "
                        + "Both were imported and the build refuses them until one gets a guid of its own or is deleted"
                );
                return other with { Warnings = [.. other.Warnings, warning] };
            })
            .ToList();
    }

    /// <summary>
    /// A serial show is listened to in order, so the build wants `number:` on each full episode; the old feed's items
    /// without `itunes:episode` are named at the import, not at the first build.
    /// </summary>
    private static List<ImportedEpisode> ReportUnnumbered(List<ImportedEpisode> episodes) =>
        episodes
            .Select(episode =>
                episode.Number is not null || episode.Type != EpisodeType.Full
                    ? episode
                    : episode with
                    {
                        Warnings =
                        [
                            .. episode.Warnings,
                            new Diagnostic(
                                episode.At.Path,
                                episode.At.Line,
                                episode.At.Column,
                                Severity.Warning,
                                $"item `{episode.Title}` of this serial show has no episode number (`itunes:episode`); the build needs `number:` on every full episode of a serial show, so apps play them in order: add it to the episode's file"
                            ),
                        ],
                    }
            )
            .ToList();

    /// <summary>An address as written, made absolute against <paramref name="against"/> when it is relative; null (reported) when it cannot be.</summary>
    private Uri? Resolve(string? text, Uri? against, XObject at, string what)
    {
        if (text is null)
            return null;
        if (WebAddress(text) is { } absolute)
            return absolute;
        if (
            against is not null
            && !text.Contains("://", StringComparison.Ordinal)
            && Uri.TryCreate(against, text, out var resolved)
            && WebAddress(resolved.AbsoluteUri) is { } web
        )
            return web;
        _diagnostics.Warning(
            At(at),
            against is null
                ? $"{what} `{text}` is a relative address, and the feed does not say where it lives (atom:link rel=\"self\"); it was left out"
                : $"{what} `{text}` is not an http(s) address; it was left out"
        );
        return null;
    }

    private static Uri? WebAddress(string? text) =>
        text is not null && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    // managingEditor is `email (Name)` in RSS 2.0.
    private static string? EmailOf(string? editor) => editor?.Split(' ', 2)[0] is { } email && email.Contains('@') ? email : null;

    private static string? NameOf(string? editor) =>
        editor is not null && editor.IndexOf('(') is var open and >= 0 && editor.LastIndexOf(')') is var close && close > open
            ? NonEmpty(editor[(open + 1)..close])
            : null;

    private SourcePosition At(XObject node) => FeedXml.At(node, _origin.DisplayName);

    // As podcast.yml and episodes check it.
    [System.Text.RegularExpressions.GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageCode();

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial System.Text.RegularExpressions.Regex Scheme();
}
