using PodcastSite.Diagnostics;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Scaffold;
using PodcastSite.Text;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Parse: podcast.yml into a checked <see cref="Show"/>.</summary>
public static class ShowParser
{
    public const string FileName = "podcast.yml";

    public static readonly string[] Keys =
    [
        "title",
        "description",
        "base_url",
        "image",
        "language",
        "author",
        "owner",
        "categories",
        "explicit",
        "type",
        "copyright",
        "subtitle",
        "hosts",
        "funding",
        "guid",
        "locked",
        "media_base_url",
        "title_template",
        "new_feed_url",
        "complete",
        "block",
        "timezone",
        "feed_path",
        "page_size",
        "subscribe",
        "analytics_prefix",
        "txt",
        "medium",
        "license",
        "location",
        "update_frequency",
        "websub_hub",
        "chapters_in_description",
        "podroll",
        "value",
        "publisher",
        "images",
        "feed_limit",
        "podping",
    ];

    /// <summary>
    /// The podcast:medium values for a feed of episodes. The list mediums (<c>podcastL</c>, <c>musicL</c>, …, <c>mixed</c>)
    /// and <c>publisher</c> are for feeds that hold only podcast:remoteItem links to other feeds, which a show is not.
    /// </summary>
    public static readonly string[] Mediums = ["podcast", "music", "video", "film", "audiobook", "newsletter", "blog", "course"];

    public static Show? Parse(SourceFolder input, DiagnosticBag diagnostics)
    {
        var file = input.Find(FileName);
        if (file is null)
        {
            diagnostics.Error(
                input.DisplayPathOf(FileName),
                0,
                0,
                $"no `{FileName}` in `{input.DisplayRoot}`; every show needs one (`podcastsite init` writes one to start from, and docs/content-format.md of the PodcastSite documentation explains it)"
            );
            return null;
        }
        var text = file.ReadText(diagnostics);
        if (text is null)
            return null;
        if (text.Split('\n').All(line => line.Trim().Length == 0 || line.TrimStart().StartsWith('#')))
        {
            diagnostics.Error(
                file.DisplayPath,
                1,
                1,
                $"`{FileName}` is empty; it holds the show's settings as `key: value` lines, at least `title`, `description`, `base_url`, `image`, `author`, `owner` and `categories` (`podcastsite init` in a new folder writes one with every setting explained)"
            );
            return null;
        }
        var map = new YamlContext(file.DisplayPath, 1, diagnostics).ParseMapping(text);
        if (map is null)
            return null;
        var context = map.Context;
        var extraKeys = map.CheckUnknownKeys(Keys, Severity.Warning, FileName);

        var title = map.String("title", required: true);
        var description = map.String("description", required: true);
        if (description is not null && System.Text.Encoding.UTF8.GetByteCount(description) > 4000)
            diagnostics.Warning(
                context.At(map.Node("description")!),
                $"`description` is {System.Text.Encoding.UTF8.GetByteCount(description)} bytes; Apple Podcasts takes at most 4,000 and cuts the rest"
            );
        if (description is not null && MarkdownProblem(description) is { } descriptionProblem)
            diagnostics.Error(context.At(map.Node("description")!), descriptionProblem);
        var baseUrl = BaseUrl(map);
        var image = InputPaths.PathOrUrl(map, "image", input, required: true);
        // Art kept at an old host is not downloaded by a build, so only a local file can be checked.
        if (image is not null && !InputPaths.IsWebAddress(image))
            CheckCoverArt(input.Find(image)!, context.At(map.Node("image")!), diagnostics);
        var language = Language(map);
        var author = map.String("author", required: true);
        var owner = ParseOwner(map);
        ReportInitPlaceholders(map, description, author, owner);
        var categories = Categories(map);
        var type = map.String("type") switch
        {
            null or "episodic" => ShowType.Episodic,
            "serial" => ShowType.Serial,
            var other => Invalid(map, "type", other, "`episodic` or `serial`", ShowType.Episodic),
        };
        var hosts = map.List("hosts").Select(node => PersonParser.Parse(node, context, input, "host", PersonTaxonomy.Default)).OfType<Person>().ToList();
        var funding = map.List("funding").Select(node => ParseFunding(node, context)).OfType<Funding>().ToList();
        var guid = ParseGuid(map);
        var locked = ParseLock(map);
        var mediaBaseUrl = map.Url("media_base_url") is { } media ? EnsureTrailingSlash(media) : null;
        var titleTemplate = map.String("title_template");
        if (titleTemplate is not null && TitleTemplate.Problem(titleTemplate) is { } templateProblem)
        {
            diagnostics.Error(map.Context.At(map.Node("title_template")!), $"`title_template` is not a valid template: {templateProblem}");
            // Reported once, here, rather than again on every episode.
            titleTemplate = null;
        }
        var timeZone = ParseTimeZone(map);
        var feedPath = FeedPath(map);
        var pageSize = map.PositiveInt("page_size") ?? 10;

        // A show missing what the feed needs still gets stand-ins, so the episodes are checked in the same run and
        // every problem is reported at once; the errors above fail the build all the same.
        return new Show(
            title ?? "",
            description ?? "",
            baseUrl ?? new Uri("https://example.invalid/"),
            image ?? "",
            language,
            author ?? "",
            owner ?? new Owner("", ""),
            categories ?? [],
            map.Bool("explicit") ?? false,
            type,
            map.String("copyright"),
            map.String("subtitle"),
            hosts,
            funding,
            guid,
            locked,
            mediaBaseUrl,
            titleTemplate,
            map.Url("new_feed_url"),
            map.Bool("complete") ?? false,
            map.Bool("block") ?? false,
            timeZone,
            feedPath,
            pageSize,
            ExtraValues.From(map, extraKeys)
        )
        {
            Subscribe = SubscribeParser.Parse(map),
            AnalyticsPrefix = AnalyticsPrefix(map),
            Txt = map.List("txt").Select(node => ParseTxt(node, context)).OfType<Txt>().ToList(),
            Medium = ParseMedium(map),
            License = ParseLicense(map),
            Location = ParseLocation(map),
            UpdateFrequency = ParseUpdateFrequency(map),
            WebSubHub = WebSubHub(map),
            ChaptersInDescription = map.Bool("chapters_in_description") ?? false,
            Podroll = PodrollParser.Parse(map, input),
            Value = ValueParser.Parse(map),
            Publisher = ParsePublisher(map),
            Images = ShowImagesParser.Parse(map, input),
            FeedLimit = map.PositiveInt("feed_limit"),
            Podping = ParsePodping(map),
        };
    }

    private static string? MarkdownProblem(string markdown)
    {
        MarkdownRendering.Parse(markdown, out var problem);
        return problem;
    }

    /// <summary>Apple's rule for show art: a square JPEG or PNG of 1400 to 3000 pixels; anything else is refused at submission.</summary>
    public static void CheckCoverArt(SourceFile file, SourcePosition at, DiagnosticBag diagnostics)
    {
        var size = ImageSize.Read(file);
        if (size is null)
        {
            diagnostics.Warning(
                at,
                $"`{file.Path}` is not a JPEG or PNG, or is cut short before its size (export or copy it again); Apple Podcasts accepts only those for cover art"
            );
            return;
        }
        if (size.Width != size.Height || size.Width < 1400 || size.Width > 3000)
            diagnostics.Warning(at, $"`{file.Path}` is {size.Width}x{size.Height} px; Apple Podcasts wants square art of 1400x1400 to 3000x3000 px");
        if (size.Colours != ImageSize.Rgb)
            diagnostics.Warning(at, $"`{file.Path}` is {size.Colours}; Apple Podcasts wants cover art in RGB colours without transparency");
        var extension = Path.GetExtension(file.Path).ToLowerInvariant();
        var expected = size.Format == "PNG" ? [".png"] : new[] { ".jpg", ".jpeg" };
        if (!expected.Contains(extension))
            diagnostics.Warning(
                at,
                $"`{file.Path}` holds a {size.Format} image but is named `{extension}`; rename it to `{expected[0]}`, since apps go by the extension"
            );
    }

    private static Uri? BaseUrl(YamlMap map)
    {
        var url = map.Url("base_url", required: true);
        if (url is null)
            return null;
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            map.Context.Diagnostics.Error(map.Context.At(map.Node("base_url")!), "`base_url` must be an absolute https URL");
            return null;
        }
        if (url.Scheme == Uri.UriSchemeHttp)
            map.Context.Diagnostics.Warning(
                map.Context.At(map.Node("base_url")!),
                "`base_url` is http; the feed and the audio it links should be served over https, which podcast apps on iPhones expect"
            );
        return EnsureTrailingSlash(url);
    }

    private static Uri EnsureTrailingSlash(Uri url) => url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/");

    /// <summary>A redirect service's prefix; the media address is appended to it, so it must end in '/' and carry no query.</summary>
    private static Uri? AnalyticsPrefix(YamlMap map)
    {
        var url = map.Url("analytics_prefix");
        if (url is null)
            return null;
        if (url.Scheme != Uri.UriSchemeHttps || url.Query.Length > 0 || url.Fragment.Length > 0 || !url.AbsolutePath.EndsWith('/'))
        {
            map.Context.Diagnostics.Error(
                map.Context.At(map.Node("analytics_prefix")!),
                $"`analytics_prefix` must be an https address ending in `/`, like `https://op3.dev/e/` or `https://dts.podtrac.com/redirect.mp3/`, not `{url.OriginalString}`"
            );
            return null;
        }
        return url;
    }

    private static string Language(YamlMap map)
    {
        var language = map.String("language") ?? "en";
        if (System.Text.RegularExpressions.Regex.IsMatch(language, "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$"))
            return language;
        var code = Text.LanguageNames.CodeOf(language);
        map.Context.Diagnostics.Error(
            map.Context.At(map.Node("language")!),
            code is null
                ? $"`language` must be a language code like `en` or `en-US`, not `{language}`"
                : $"`language` must be a language code like `en` or `en-US`, not `{language}`; write `language: {code}`"
        );
        return "en";
    }

    /// <summary>What `init` wrote where the podcaster had not said yet, still there: warned of, never published unnoticed.</summary>
    private static void ReportInitPlaceholders(YamlMap map, string? description, string? author, Owner? owner)
    {
        void Warn(YamlMap at, string key, string message) => map.Context.Diagnostics.Warning(map.Context.At(at.Node(key)!), message);
        if (description is not null && description.StartsWith(InitPlaceholders.DescriptionStart, StringComparison.Ordinal))
            Warn(map, "description", "`description` is still the text `init` wrote: say what the show is about, as podcast apps show it on its page");
        if (author == InitPlaceholders.Author)
            Warn(map, "author", $"`author` is still `{InitPlaceholders.Author}`, which `init` wrote: podcast apps show it as the show's maker");
        if (owner?.Email == InitPlaceholders.Email && map.Map("owner") is { } ownerMap)
            Warn(
                ownerMap,
                "email",
                $"`email` is still `{InitPlaceholders.Email}`, which `init` wrote: Apple and Spotify send the show's ownership checks there, so put an address you read"
            );
    }

    private static Owner? ParseOwner(YamlMap map)
    {
        var owner = map.Map("owner", required: true);
        if (owner is null)
            return null;
        owner.CheckUnknownKeys(["name", "email"], Severity.Error, "`owner`");
        var name = owner.String("name", required: true);
        var email = owner.String("email", required: true);
        if (email is not null && !email.Contains('@'))
        {
            map.Context.Diagnostics.Error(map.Context.At(owner.Node("email")!), $"`email` must be an email address, not `{email}`");
            return null;
        }
        return name is null || email is null ? null : new Owner(name, email);
    }

    private static List<Category>? Categories(YamlMap map)
    {
        if (!map.Has("categories"))
        {
            map.Context.Diagnostics.Error(map.Position, "missing required key `categories`; for example `categories: [Technology]`");
            return null;
        }
        var categories = new List<Category>();
        foreach (var node in map.List("categories", singleAllowed: true))
        {
            var text = map.Context.Scalar(node, "a category");
            if (text is null)
                continue;
            if (AppleCategories.Parse(text) is not { } category)
            {
                var suggestion = AppleCategories.Suggest(text);
                map.Context.Diagnostics.Error(
                    map.Context.At(node),
                    suggestion is null
                        ? $"`{text}` is not an Apple Podcasts category; write one like `Technology` or `Education > How To`"
                        : $"`{text}` is not an Apple Podcasts category; did you mean `{suggestion}`?"
                );
                continue;
            }
            categories.Add(category);
        }
        return categories;
    }

    private static Funding? ParseFunding(YamlNode node, YamlContext context)
    {
        var map = context.Mapping(node, "a funding entry");
        if (map is null)
            return null;
        map.CheckUnknownKeys(["url", "text"], Severity.Error, "`funding`");
        var url = map.Url("url", required: true);
        var text = map.String("text", required: true);
        return url is null || text is null ? null : new Funding(url, text);
    }

    private static Txt? ParseTxt(YamlNode node, YamlContext context)
    {
        var map = context.Mapping(node, "a txt entry");
        if (map is null)
            return null;
        map.CheckUnknownKeys(["text", "purpose"], Severity.Error, "`txt`");
        var text = WithinLength(map, "text", 4000, required: true);
        var purpose = WithinLength(map, "purpose", 128);
        return text is null ? null : new Txt(text, purpose);
    }

    private static Uri? WebSubHub(YamlMap map)
    {
        var url = map.Url("websub_hub");
        if (url is null || url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            return url;
        map.Context.Diagnostics.Error(
            map.Context.At(map.Node("websub_hub")!),
            $"`websub_hub` must be the http(s) address of a WebSub hub, like `https://pubsubhubbub.appspot.com/`, not `{url.OriginalString}`"
        );
        return null;
    }

    /// <summary>A name alone, or a name with the publisher's own feed (podcast:publisher needs its guid and address).</summary>
    private static Publisher? ParsePublisher(YamlMap show)
    {
        if (show.Node("publisher") is YamlScalarNode)
            return show.String("publisher") is { } alone ? new Publisher(alone, null, null) : null;
        var map = show.Map("publisher");
        if (map is null)
            return null;
        map.CheckUnknownKeys(["name", "feed_guid", "feed_url"], Severity.Error, "`publisher`");
        var name = map.String("name", required: true);
        var guidText = map.String("feed_guid");
        Guid? guid = null;
        if (guidText is not null && Guid.TryParseExact(guidText, "D", out var parsed))
            guid = parsed;
        else if (guidText is not null)
            map.Context.Diagnostics.Error(
                map.Context.At(map.Node("feed_guid")!),
                $"`feed_guid` must be the publisher feed's podcast:guid, a UUID like `917393e3-1b1e-5cef-ace4-edaa54e1f810`, not `{guidText}`"
            );
        var feedUrl = map.Url("feed_url");
        if ((map.Has("feed_guid") || map.Has("feed_url")) && !(map.Has("feed_guid") && map.Has("feed_url")))
        {
            var missing = map.Has("feed_guid") ? "feed_url" : "feed_guid";
            map.Context.Diagnostics.Error(
                map.KeyPosition(missing == "feed_url" ? "feed_guid" : "feed_url"),
                $"`publisher` needs both `feed_guid` and `feed_url` to point at the publisher's feed (podcast:publisher); add `{missing}`, or leave both out and give only the `name`"
            );
            return name is null ? null : new Publisher(name, null, null);
        }
        return name is null ? null : new Publisher(name, guid, feedUrl);
    }

    private static Podping? ParsePodping(YamlMap show)
    {
        if (show.Node("podping") is YamlScalarNode)
            return show.Bool("podping") == true ? new Podping(Podping.DefaultUrl, Podping.DefaultTokenVariable) : null;
        var map = show.Map("podping");
        if (map is null)
            return null;
        map.CheckUnknownKeys(["url", "token_env"], Severity.Error, "`podping`");
        var url = map.Url("url") ?? Podping.DefaultUrl;
        var variable = map.String("token_env") ?? Podping.DefaultTokenVariable;
        // The name of a variable, not the token: a token pasted here would be published with the show's files.
        if (!System.Text.RegularExpressions.Regex.IsMatch(variable, "^[A-Za-z_][A-Za-z0-9_]*$"))
        {
            map.Context.Diagnostics.Error(
                map.Context.At(map.Node("token_env")!),
                "`token_env` must be the name of the environment variable that holds the podping token, like `PODPING_TOKEN`, never the token itself"
            );
            return null;
        }
        return new Podping(url, variable);
    }

    private static string ParseMedium(YamlMap map)
    {
        var medium = map.String("medium");
        if (medium is null || Mediums.Contains(medium, StringComparer.Ordinal))
            return medium ?? "podcast";
        var at = map.Context.At(map.Node("medium")!);
        var known = string.Join(", ", Mediums.Select(m => $"`{m}`"));
        if (medium == "mixed" || medium == "publisher" || (medium.EndsWith('L') && Mediums.Contains(medium[..^1], StringComparer.Ordinal)))
            map.Context.Diagnostics.Error(
                at,
                $"`medium: {medium}` is for a feed that only lists other feeds (podcast:remoteItem), but this feed has episodes; use one of {known}"
            );
        else if (EditDistance.Closest(medium, Mediums, maxDistance: 2) is { } suggestion)
            map.Context.Diagnostics.Error(at, $"`medium` must be one of {known}, not `{medium}`; did you mean `{suggestion}`?");
        else
            map.Context.Diagnostics.Error(at, $"`medium` must be one of {known}, not `{medium}`");
        return "podcast";
    }

    /// <summary>`license:` of podcast.yml, or of an episode whose licence differs from the show's.</summary>
    internal static License? ParseLicense(YamlMap show)
    {
        var map = show.Map("license");
        if (map is null)
            return null;
        map.CheckUnknownKeys(["name", "url"], Severity.Error, "`license`");
        var name = WithinLength(map, "name", 128, required: true);
        var url = map.Url("url");
        return name is null ? null : new License(name, url);
    }

    /// <summary>`location:` of podcast.yml, or of an episode about another place than the show.</summary>
    internal static Location? ParseLocation(YamlMap show)
    {
        var map = show.Map("location");
        if (map is null)
            return null;
        map.CheckUnknownKeys(["name", "geo", "osm"], Severity.Error, "`location`");
        var name = WithinLength(map, "name", 128, required: true);
        var geo = map.String("geo");
        // RFC 5870: latitude, longitude, an optional altitude, then optional parameters such as ";u=350".
        if (geo is not null && !System.Text.RegularExpressions.Regex.IsMatch(geo, @"^geo:-?\d+(\.\d+)?,-?\d+(\.\d+)?(,-?\d+(\.\d+)?)?(;[^;]+)*$"))
        {
            map.Context.Diagnostics.Error(map.Context.At(map.Node("geo")!), $"`geo` must be a geo URI like `geo:59.3293,18.0686`, not `{geo}`");
            geo = null;
        }
        var osm = map.String("osm");
        if (osm is not null && !System.Text.RegularExpressions.Regex.IsMatch(osm, "^[NWR][0-9]+$"))
        {
            map.Context.Diagnostics.Error(
                map.Context.At(map.Node("osm")!),
                $"`osm` must be an OpenStreetMap id: `N`, `W` or `R` for node, way or relation, then its number, like `R398021`, not `{osm}`"
            );
            osm = null;
        }
        return name is null ? null : new Location(name, geo, osm);
    }

    private static UpdateFrequency? ParseUpdateFrequency(YamlMap show)
    {
        var map = show.Map("update_frequency");
        if (map is null)
            return null;
        map.CheckUnknownKeys(["rrule", "text", "complete"], Severity.Error, "`update_frequency`");
        var text = WithinLength(map, "text", 128, required: true);
        var rrule = map.String("rrule", required: true);
        var parts = rrule?.Split(';').Select(p => p.Split('=')[0]).ToList() ?? [];
        if (rrule is not null && !parts.Contains("FREQ"))
        {
            map.Context.Diagnostics.Error(
                map.Context.At(map.Node("rrule")!),
                $"`rrule` must be an RFC 5545 rule with a `FREQ`, like `FREQ=WEEKLY` or `FREQ=WEEKLY;BYDAY=TU`, not `{rrule}`"
            );
            rrule = null;
        }
        else if (parts.Contains("COUNT"))
        {
            // The namespace requires a dtstart beside a COUNT, which PodcastSite does not write.
            map.Context.Diagnostics.Error(
                map.Context.At(map.Node("rrule")!),
                "`rrule` must not use `COUNT`, which needs a start date the feed does not carry; end the rule with `UNTIL=` instead"
            );
            rrule = null;
        }
        var complete = map.Bool("complete") ?? false;
        return text is null || rrule is null ? null : new UpdateFrequency(text, rrule, complete);
    }

    /// <summary>The Podcasting 2.0 namespace caps its text values; an app may drop a longer one, so it is refused here.</summary>
    private static string? WithinLength(YamlMap map, string key, int max, bool required = false)
    {
        var text = map.String(key, required);
        if (text is null || text.Length <= max)
            return text;
        map.Context.Diagnostics.Error(map.Context.At(map.Node(key)!), $"`{key}` is {text.Length} characters; the podcast namespace allows at most {max}");
        return null;
    }

    private static Guid? ParseGuid(YamlMap map)
    {
        var text = map.String("guid");
        if (text is null)
            return null;
        if (Guid.TryParseExact(text, "D", out var guid))
            return guid;
        map.Context.Diagnostics.Error(map.Context.At(map.Node("guid")!), $"`guid` must be a UUID like `ead4c236-bf58-58c6-a2c6-a6b28d128cb6`, not `{text}`");
        return null;
    }

    private static FeedLock? ParseLock(YamlMap map)
    {
        var node = map.Node("locked");
        if (node is null || YamlMap.IsNull(node))
            return null;
        var locked = map.Map("locked");
        if (locked is null)
            return null;
        locked.CheckUnknownKeys(["owner", "value"], Severity.Error, "`locked`");
        var owner = locked.String("owner", required: true);
        var value = locked.Bool("value") ?? true;
        return owner is null ? null : new FeedLock(owner, value);
    }

    /// <summary>Where the feed is written: a plain path inside the site, never one that could leave it or name a folder.</summary>
    private static string FeedPath(YamlMap map)
    {
        const string fallback = "feed.xml";
        var text = map.String("feed_path");
        if (text is null)
            return fallback;
        var path = text.TrimStart('/');
        if (!SitePath.IsPlain(path) || !(path.EndsWith(".xml", StringComparison.Ordinal) || path.EndsWith(".rss", StringComparison.Ordinal)))
        {
            map.Context.Diagnostics.Error(
                map.Context.At(map.Node("feed_path")!),
                $"`feed_path` must be a plain path inside the site ending in `.xml` or `.rss`, made of letters, digits, `-`, `_` and `.`, like `feed.xml` or `podcast/feed.xml`, not `{SitePath.Printable(text)}`"
            );
            return fallback;
        }
        return path;
    }

    private static TimeZoneInfo ParseTimeZone(YamlMap map)
    {
        var name = map.String("timezone");
        if (name is null)
            return TimeZoneInfo.Utc;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
            return zone;
        // IANA names only: on Windows the system lists its own (`W. Europe Standard Time`), which the message does not ask for.
        var nearest = Text.EditDistance.Closest(name, TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/')), maxDistance: 3);
        map.Context.Diagnostics.Error(
            map.Context.At(map.Node("timezone")!),
            nearest is null
                ? $"`timezone` must be an IANA time zone like `Europe/Berlin`, not `{name}`"
                : $"`timezone` must be an IANA time zone like `Europe/Berlin`, not `{name}`; did you mean `{nearest}`?"
        );
        return TimeZoneInfo.Utc;
    }

    private static T Invalid<T>(YamlMap map, string key, string value, string expected, T fallback)
    {
        map.Context.Diagnostics.Error(map.Context.At(map.Node(key)!), $"`{key}` must be {expected}, not `{value}`");
        return fallback;
    }
}
