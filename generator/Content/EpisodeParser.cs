using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using PodcastSite.Audio;
using PodcastSite.Diagnostics;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Text;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Parse: one episode file (front matter + Markdown body) into a checked <see cref="Episode"/>.</summary>
public sealed partial class EpisodeParser(Show show, SourceFolder input, IAudioProbe probe, BuildOptions options, DiagnosticBag diagnostics)
{
    public static readonly string[] Keys =
    [
        "title",
        "date",
        "audio",
        "number",
        "season",
        "type",
        "guid",
        "slug",
        "summary",
        "image",
        "explicit",
        "guest",
        "hosts",
        "links",
        "youtube",
        "sponsor",
        "chapters",
        "transcript",
        "draft",
        "duration",
        "featured",
        "guid_is_permalink",
        "block",
        "notes_html",
        "alternate_enclosures",
        "soundbites",
        "location",
        "license",
        "social_interact",
        "value",
    ];

    // Keys whose place the checks across episodes point at (duplicates).
    private static readonly string[] PositionedKeys = ["slug", "guid", "number", "season", "audio", "guest"];

    private static readonly string[] AudioKeys = ["url", "length", "type", "duration"];
    private static readonly string[] ChapterKeys = ["start", "title", "url", "image"];
    private static readonly string[] SponsorKeys = ["name", "url", "text"];
    private static readonly string[] LinkKeys = ["title", "url"];
    private static readonly string[] TranscriptKeys = ["url", "type", "language", "rel"];
    private static readonly string[] TranscriptExtensions = [".vtt", ".srt", ".json"];

    // Whole seconds of disagreement between front matter and the file before it is worth a warning.
    private static readonly TimeSpan DurationTolerance = TimeSpan.FromSeconds(2);
    private const int SummaryLimit = 200;

    /// <summary>Leaves each body in its file (<see cref="FileBody"/>) instead of holding it: see <see cref="BuildOptions.HeldBodyBytes"/>.</summary>
    public bool BodiesStayInFiles { get; init; }

    public Episode? Parse(SourceFile file) => file.ReadText(diagnostics) is { } text ? Parse(file, text) : null;

    /// <summary>Parses an episode whose text was read already (the preview reads it to see whether it changed).</summary>
    public Episode? Parse(SourceFile file, string text)
    {
        var front = FrontMatter.Split(text);
        if (front is null)
        {
            diagnostics.Error(
                file.DisplayPath,
                1,
                1,
                FrontMatter.Opens(text)
                    ? "the front matter that starts here is never closed: add a `---` line after its last key, before the show notes"
                    : "an episode file must start with YAML front matter between `---` lines (see Content format in the PodcastSite documentation, docs/content-format.md)"
            );
            return null;
        }
        var context = new YamlContext(file.DisplayPath, front.YamlFirstLine, diagnostics);
        var map = context.ParseMapping(front.Yaml);
        if (map is null)
            return null;
        var extraKeys = map.CheckUnknownKeys(Keys, Severity.Warning, "front matter");

        var fileName = Path.GetFileNameWithoutExtension(file.Path);
        var fileDate = FileNameDate().Match(fileName);
        var slug = EpisodeSlug(map, fileDate.Success ? fileName[fileDate.Length..] : fileName);
        var title = map.String("title", required: true);
        var date = ParseDate(map, fileDate.Success ? fileDate.Groups["date"].Value : null);
        var type = map.String("type") switch
        {
            null or "full" => EpisodeType.Full,
            "trailer" => EpisodeType.Trailer,
            "bonus" => EpisodeType.Bonus,
            var other => Invalid(map, "type", other, "`full`, `trailer` or `bonus`", EpisodeType.Full),
        };
        var draft = map.Bool("draft") ?? false;
        var probed = ParseAudio(map, type, draft);
        var guests = map.List("guest", singleAllowed: true)
            .Select(node =>
                PersonParser.Parse(node, context, input, "guest", PersonTaxonomy.Default) is { } guest ? CheckGuestSlug(guest, node, context) : null
            )
            .OfType<Person>()
            .ToList();
        CheckDistinctPeople(guests, map);
        var hosts = map.Has("hosts") ? ParseHosts(map) : show.Hosts;
        // `chapters:` is a chapters file's address or a list written out; without it, the audio file's own chapters count.
        var chaptersAddress = map.Has("chapters") && map.Node("chapters") is YamlScalarNode;
        var chaptersWritten = map.Has("chapters") && !chaptersAddress;
        var chaptersUrl = chaptersAddress ? ChaptersUrl(map) : null;
        var duration = probed?.Audio.Duration;
        var chapters =
            chaptersAddress ? []
            : chaptersWritten ? ParseChapters(map, duration)
            : probed?.Chapters ?? [];
        if (!chaptersWritten)
            CheckEmbeddedChapterTimes(chapters, duration, map);
        // HTML notes (an imported show's, kept as its old host published them) are never read as Markdown.
        var bodyIsHtml = map.Bool("notes_html") ?? false;
        CheckChaptersForSpotify(chapters, chaptersWritten, map);
        var guid = map.String("guid");
        if (guid is null && slug is not null)
        {
            guid = new Uri(show.BaseUrl, $"episodes/{Uri.EscapeDataString(slug)}/").AbsoluteUri;
            // The suggestion is derived from the page URL, so the same file always gets the same advice.
            var suggestion = Feed.PodcastGuid.UuidV5(Feed.PodcastGuid.Namespace, guid);
            diagnostics.Warning(
                map.Position with
                {
                    Line = front.YamlFirstLine - 1,
                },
                $"no `guid`; the feed uses `{guid}`, which changes if the slug changes and makes podcast apps download the episode again. Add `guid: {suggestion}`"
            );
        }
        var guidIsPermaLink = GuidIsPermaLink(map, guid);
        var number = map.PositiveInt("number");
        var season = map.PositiveInt("season");
        var fullTitle = title is null ? null : FullTitle(title, guests, number, season, map);
        if (fullTitle is not null && number is not null && RepeatsNumber(fullTitle, number.Value))
            diagnostics.Warning(
                map.Context.At(map.Node("title")!),
                $"the title `{fullTitle}` repeats the episode number; Apple Podcasts shows `number` beside the title itself, so leave it out of the title"
            );
        var image = ImagePath(map);
        var isExplicit = map.Bool("explicit") ?? show.Explicit;
        // The notes themselves are parsed and checked where they are rendered (ShowNotes.Of, NotesChecks): this needs only their first paragraph.
        var summary = map.String("summary") ?? SummaryOf(front.Body, bodyIsHtml);
        var links = ParseLinks(map);
        var youtube = map.Url("youtube");
        var sponsors = ParseSponsors(map);
        var transcripts = ParseTranscripts(map, probed?.Audio.LocalPath);
        var alternates = new AlternateEnclosureParser(input, probe, MediaUrl, diagnostics).Parse(map, duration);
        var soundbites = SoundbiteParser.Parse(map, duration);
        var license = ShowParser.ParseLicense(map);
        var location = ShowParser.ParseLocation(map);
        var socialInteracts = SocialInteractParser.Parse(map);
        var value = ValueParser.Parse(map);

        // Every problem is reported by now; an episode missing what the feed needs is left out.
        if (title is null || fullTitle is null || date is null || slug is null || guid is null || (probed is null && type != EpisodeType.Trailer && !draft))
            return null;
        return new Episode(
            file.DisplayPath,
            slug,
            title,
            fullTitle!,
            date.Value,
            number,
            season,
            type,
            guid,
            guidIsPermaLink,
            probed?.Audio,
            image,
            isExplicit,
            map.Bool("block") ?? false,
            summary,
            guests,
            hosts,
            links,
            youtube,
            sponsors,
            chapters,
            chaptersUrl,
            transcripts,
            draft,
            date.Value > options.Now,
            BodiesStayInFiles ? FileBody.Of(file, front.Body) : new HeldBody(Encoding.UTF8.GetBytes(front.Body)),
            bodyIsHtml,
            ExtraValues.From(map, extraKeys),
            PositionedKeys.Where(key => map.Node(key) is not null).ToDictionary(key => key, key => map.Context.At(map.Node(key)!))
        )
        {
            BodyFirstLine = front.BodyFirstLine,
            Featured = map.Bool("featured") ?? false,
            AlternateEnclosures = alternates,
            Soundbites = soundbites,
            License = license,
            Location = location,
            SocialInteracts = socialInteracts,
            Value = value,
        };
    }

    private string? EpisodeSlug(YamlMap map, string fromFileName)
    {
        var written = map.String("slug");
        var slug = Slug.From(written ?? fromFileName);
        var at = written is null ? map.Position : map.Context.At(map.Node("slug")!);
        if (slug.Length == 0)
            diagnostics.Error(at, $"cannot make a URL slug from `{written ?? fromFileName}`; add `slug:` with letters or digits");
        else if (Slug.IsTooLong(slug))
            diagnostics.Error(
                at,
                $"the episode's URL slug `{slug[..40]}…` is longer than the {Slug.MaxBytes} bytes a folder name may safely have; {(written is null ? "add" : "write")} a shorter `slug:`"
            );
        else
        {
            if (written is not null)
                Slug.ReportRewritten(written, slug, at, diagnostics);
            if (Slug.IsWindowsDeviceName(slug))
                Slug.ReportWindowsDeviceName($"the episode's URL slug `{slug}`", $"{(written is null ? "add" : "write")} another `slug:`", at, diagnostics);
            return slug;
        }
        return null;
    }

    private Person CheckGuestSlug(Person guest, YamlNode node, YamlContext context)
    {
        if (Slug.IsWindowsDeviceName(guest.Slug))
            Slug.ReportWindowsDeviceName(
                $"the guest page's address `{guest.Slug}`",
                "write the guest's full name",
                context.At(node is YamlMappingNode mapping && mapping.Children.TryGetValue("name", out var name) ? name : node),
                diagnostics
            );
        return guest;
    }

    private DateTimeOffset? ParseDate(YamlMap map, string? fileNameDate)
    {
        var text = map.String("date", required: true);
        if (text is null)
            return null;
        string[] formats =
        [
            "yyyy-MM-dd",
            "yyyy-MM-ddTHH:mm",
            "yyyy-MM-ddTHH:mm:ss",
            "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
            "yyyy-MM-dd HH:mm",
            "yyyy-MM-dd HH:mm:ss",
            "yyyy-MM-ddTHH:mmzzz",
            "yyyy-MM-ddTHH:mm:sszzz",
            "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz",
            "yyyy-MM-dd HH:mm:sszzz",
            "yyyy-MM-ddTHH:mmK",
            "yyyy-MM-ddTHH:mm:ssK",
            "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        ];
        if (
            !DateTimeOffset.TryParseExact(
                text,
                formats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
                out var date
            )
        )
        {
            diagnostics.Error(map.Context.At(map.Node("date")!), $"`date` must be an ISO 8601 date like `2026-01-15` or `2026-01-15T19:36:00Z`, not `{text}`");
            return null;
        }
        if (
            fileNameDate is not null
            && fileNameDate != date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            && fileNameDate != TimeZoneInfo.ConvertTime(date, show.TimeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        )
        {
            diagnostics.Warning(map.Context.At(map.Node("date")!), $"`date` {text} differs from the date in the file name ({fileNameDate}); `date` wins");
        }
        return date;
    }

    private sealed record ProbedAudio(Model.Audio Audio, IReadOnlyList<Chapter> Chapters);

    private ProbedAudio? ParseAudio(YamlMap map, EpisodeType type, bool draft)
    {
        var node = map.Node("audio");
        var declaredDuration = map.Duration("duration");
        if (node is null || YamlMap.IsNull(node))
        {
            // A draft is work in progress: its page can be previewed before the recording exists. Said only where
            // drafts are shown (preview, --drafts): a build that leaves it out, and `validate --strict` in CI, have
            // nothing to say of it while it is written.
            if (draft && type != EpisodeType.Trailer)
            {
                if (options.IncludeDrafts)
                    diagnostics.Warning(
                        map.Position with
                        {
                            Line = map.Position.Line - 1,
                        },
                        "this draft has no `audio` yet; it stays out of the feed until it has some"
                    );
            }
            else if (type != EpisodeType.Trailer)
                diagnostics.Error(
                    map.Position with
                    {
                        Line = map.Position.Line - 1,
                    },
                    "missing required key `audio`; give a file under `assets/` or `{ url, length, type, duration }`"
                );
            return null;
        }
        if (node is YamlMappingNode)
            return RemoteAudio(map.Map("audio")!, declaredDuration, map.Has("duration"));
        var text = map.String("audio");
        if (text is null)
            return null;
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(
                map.Context.At(node),
                "audio given by URL needs its byte length, since the build never downloads: write `audio: { url: ..., length: BYTES, duration: \"H:MM:SS\" }`"
            );
            return null;
        }
        var path = InputPaths.Resolve(map.Context, node, text, "audio", input);
        if (path is null)
            return null;
        var file = input.Find(path)!;
        var result = probe.Probe(file);
        if (result.Info is null)
        {
            diagnostics.Error(map.Context.At(node), $"cannot read audio `{text}`: {result.Error}");
            return null;
        }
        var info = result.Info;
        if (declaredDuration is { } declared && (declared - info.Duration).Duration() > DurationTolerance)
            diagnostics.Warning(
                map.Context.At(map.Node("duration")!),
                $"`duration` {DurationText.Format(declared)} differs from the length of `{text}` ({DurationText.Format(info.Duration)}); the front matter wins, but podcast apps will show the wrong length"
            );
        var audio = new Model.Audio(MediaUrl(path), path, info.Length, info.MimeType, declaredDuration ?? info.Duration);
        CheckAppleTakes(audio.MimeType, map.Context.At(node));
        return new ProbedAudio(audio, info.Chapters);
    }

    private ProbedAudio? RemoteAudio(YamlMap audio, TimeSpan? declaredDuration, bool durationWritten)
    {
        audio.CheckUnknownKeys(AudioKeys, Severity.Error, "`audio`");
        var url = audio.Url("url", required: true);
        var lengthText = audio.String("length", required: true);
        long length = 0;
        if (lengthText is not null && (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length) || length <= 0))
            diagnostics.Error(
                audio.Context.At(audio.Node("length")!),
                $"`length` must be the file's size in bytes, a positive whole number, not `{lengthText}`"
            );
        var mime = audio.String("type") ?? (url is null ? null : MediaTypes.ForExtension(url.AbsolutePath));
        if (mime is null && url is not null)
            diagnostics.Error(audio.Position, $"cannot tell the media type of `{url}` from its extension; add `type:` such as `audio/mpeg`");
        var duration = audio.Duration("duration") ?? declaredDuration;
        // A duration that is written but wrong has its own error; the warning is for one that is not written at all.
        if (duration is null && url is not null && !audio.Has("duration") && !durationWritten)
            diagnostics.Warning(audio.Position, "audio by URL has no `duration`; podcast apps will show no length until they download it");
        if (url is null || length <= 0 || mime is null)
            return null;
        var at = audio.Context.At(audio.Node("url")!);
        CheckAppleTakes(mime, at);
        if (url.Scheme == Uri.UriSchemeHttp)
            diagnostics.Warning(
                at,
                $"`{url.AbsoluteUri}` is served over http; podcast apps on iPhones may refuse it, and listeners' networks can change it on the way: use https"
            );
        if (audio.String("url") is { } written && written.Any(c => c > 0x7E || c <= ' '))
            diagnostics.Warning(
                at,
                "the URL has spaces or characters beyond ASCII; some podcast apps cannot download it: percent-encode them (a space is %20)"
            );
        return new ProbedAudio(new Model.Audio(url, null, length, mime, duration), []);
    }

    // The media types Apple Podcasts plays (MP3, M4A, MP4, M4V, MOV, PDF); other apps play more, Apple leaves the episode out.
    private static readonly HashSet<string> AppleMediaTypes =
    [
        "audio/mpeg",
        "audio/x-m4a",
        "audio/mp4",
        "video/mp4",
        "video/x-m4v",
        "video/quicktime",
        "application/pdf",
    ];

    private void CheckAppleTakes(string mime, Diagnostics.SourcePosition at)
    {
        if (!AppleMediaTypes.Contains(mime))
            diagnostics.Warning(
                at,
                $"Apple Podcasts does not play `{mime}` and leaves the episode out; other apps play it. MP3 (`audio/mpeg`) or M4A (`audio/x-m4a`) reach every app"
            );
    }

    /// <summary>Where listeners download a local file: under media_base_url when set (without the assets/ folder), else on the site.</summary>
    private Uri MediaUrl(string path)
    {
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        if (show.MediaBaseUrl is { } media)
            return new Uri(media, escaped.StartsWith("assets/", StringComparison.Ordinal) ? escaped["assets/".Length..] : escaped);
        return new Uri(show.BaseUrl, escaped);
    }

    private IReadOnlyList<Person> ParseHosts(YamlMap map)
    {
        var hosts = new List<Person>();
        foreach (var node in map.List("hosts", singleAllowed: true))
        {
            if (
                node is YamlScalarNode
                && map.Context.Scalar(node, "a host") is { } name
                && show.Hosts.FirstOrDefault(h => h.Name == PersonParser.NormaliseName(name)) is { } showHost
            )
            {
                hosts.Add(showHost);
                continue;
            }
            if (PersonParser.Parse(node, map.Context, input, "host", PersonTaxonomy.Default) is { } person)
                hosts.Add(person);
        }
        return hosts;
    }

    private void CheckDistinctPeople(IReadOnlyList<Person> people, YamlMap map)
    {
        foreach (var duplicate in people.GroupBy(p => p.Name).Where(g => g.Count() > 1))
            diagnostics.Error(map.KeyPosition("guest"), $"guest `{duplicate.Key}` is listed twice");
    }

    /// <summary>`guid_is_permalink: true` says the guid is the episode's web address, which only an address can be.</summary>
    private bool? GuidIsPermaLink(YamlMap map, string? guid)
    {
        var value = map.Bool("guid_is_permalink");
        if (value is true && guid is not null && !(InputPaths.IsWebAddress(guid) && Uri.IsWellFormedUriString(guid, UriKind.Absolute)))
            diagnostics.Error(
                map.Context.At(map.Node("guid_is_permalink")!),
                $"`guid_is_permalink: true` says the guid is the episode's web address, but `{guid}` is not an http(s) address; remove the line"
            );
        return value;
    }

    /// <summary>`chapters: https://...`: a chapters file kept at an old host, which the feed links as it is.</summary>
    private Uri? ChaptersUrl(YamlMap map)
    {
        var text = map.String("chapters")!;
        if (InputPaths.IsWebAddress(text))
            return map.Url("chapters");
        diagnostics.Error(
            map.Context.At(map.Node("chapters")!),
            $"`chapters` must be a list of chapters (items starting with `- `) or the http(s) address of a chapters file, not `{text}`"
        );
        return null;
    }

    /// <param name="duration">The audio's length, which no chapter should start after.</param>
    private IReadOnlyList<Chapter> ParseChapters(YamlMap map, TimeSpan? duration)
    {
        var chapters = new List<Chapter>();
        foreach (var node in map.List("chapters"))
        {
            var chapter = map.Context.Mapping(node, "a chapter");
            if (chapter is null)
                continue;
            chapter.CheckUnknownKeys(ChapterKeys, Severity.Error, "a chapter");
            var start = chapter.Has("start") ? chapter.Duration("start") : Missing<TimeSpan?>(chapter, "start");
            var title = chapter.String("title", required: true);
            var image =
                chapter.String("image") is { } imageText && !imageText.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                    ? InputPaths.Resolve(chapter.Context, chapter.Node("image")!, imageText, "image", input)
                    : chapter.Url("image")?.AbsoluteUri;
            if (start is null || title is null)
                continue;
            if (chapters.Count > 0 && start <= chapters[^1].Start)
                diagnostics.Error(
                    chapter.Context.At(chapter.Node("start")!),
                    $"chapter `{title}` starts at {DurationText.Format(start.Value)}, not after the chapter before it ({DurationText.Format(chapters[^1].Start)}); list chapters in order"
                );
            else if (start > duration)
                diagnostics.Warning(chapter.Context.At(chapter.Node("start")!), PastTheEnd(title, start.Value, duration.Value));
            chapters.Add(new Chapter(start.Value, title, chapter.Url("url"), image));
        }
        return chapters;
    }

    /// <summary>Spotify shows chapters only when they start at 0:00, there are at least three, in order; otherwise it shows none.</summary>
    private void CheckChaptersForSpotify(IReadOnlyList<Chapter> chapters, bool written, YamlMap map)
    {
        // Written chapters out of order are an error already (ParseChapters), which says the same.
        if (chapters.Count == 0 || (written && chapters.Zip(chapters.Skip(1)).Any(pair => pair.Second.Start <= pair.First.Start)))
            return;
        if (Feed.DescriptionChapters.Problem(chapters) is not { } problem)
            return;
        var at = map.Has("chapters") ? map.KeyPosition("chapters") : map.KeyPosition("audio");
        diagnostics.Warning(at, show.ChaptersInDescription ? $"{problem}, so the description gets no chapter list (`chapters_in_description`)" : problem);
    }

    /// <summary>Chapters the audio file carries (ID3 CHAP, MP4 chapters) that start after it ends: a warning at `audio`.</summary>
    private void CheckEmbeddedChapterTimes(IReadOnlyList<Chapter> chapters, TimeSpan? duration, YamlMap map)
    {
        foreach (var chapter in chapters.Where(c => c.Start > duration))
            diagnostics.Warning(map.KeyPosition("audio"), "the audio file's " + PastTheEnd(chapter.Title, chapter.Start, duration!.Value));
    }

    private static string PastTheEnd(string title, TimeSpan start, TimeSpan duration) =>
        $"chapter `{title}` starts at {DurationText.Format(start)}, after the episode ends ({DurationText.Format(duration)})";

    private IReadOnlyList<Link> ParseLinks(YamlMap map)
    {
        var links = new List<Link>();
        foreach (var node in map.List("links"))
        {
            if (node is YamlScalarNode)
            {
                if (map.Context.Scalar(node, "a link") is { } markdown)
                {
                    CheckMarkdown(markdown, map.Context, node);
                    links.Add(new MarkdownLink(markdown));
                }
                continue;
            }
            var link = map.Context.Mapping(node, "a link");
            if (link is null)
                continue;
            link.CheckUnknownKeys(LinkKeys, Severity.Error, "a link");
            var title = link.String("title", required: true);
            var url = link.Url("url", required: true);
            if (title is not null && url is not null)
                links.Add(new TitledLink(title, url));
        }
        return links;
    }

    private IReadOnlyList<Sponsor> ParseSponsors(YamlMap map)
    {
        var sponsors = new List<Sponsor>();
        foreach (var node in map.List("sponsor", singleAllowed: true))
        {
            var sponsor = map.Context.Mapping(node, "a sponsor");
            if (sponsor is null)
                continue;
            sponsor.CheckUnknownKeys(SponsorKeys, Severity.Error, "a sponsor");
            var name = sponsor.String("name", required: true);
            var text = sponsor.String("text", required: true);
            if (name is not null && text is not null)
            {
                CheckMarkdown(text, sponsor.Context, sponsor.Node("text")!);
                sponsors.Add(new Sponsor(name, sponsor.Url("url"), text));
            }
        }
        return sponsors;
    }

    private IReadOnlyList<Transcript> ParseTranscripts(YamlMap map, string? audioPath)
    {
        if (!map.Has("transcript"))
        {
            // A transcript named like the audio file is picked up without being listed.
            if (audioPath is null)
                return [];
            var stem = audioPath[..^Path.GetExtension(audioPath).Length];
            return TranscriptExtensions
                .Select(ext => stem + ext)
                .Where(p => input.Find(p) is not null)
                .Select(p => new Transcript(p, Transcript.MimeTypeFor(p)!))
                .Take(1)
                .ToList();
        }
        var transcripts = new List<Transcript>();
        foreach (var node in map.List("transcript", singleAllowed: true))
        {
            var transcript =
                node is YamlMappingNode ? TranscriptEntry(map.Context.Mapping(node, "a transcript")!)
                : map.Context.Scalar(node, "a transcript") is { } text ? TranscriptAt(map.Context, node, text, type: null)
                : null;
            if (transcript is not null)
                transcripts.Add(transcript);
        }
        return transcripts;
    }

    /// <summary>`{ url, type, language, rel }`: a transcript with the details podcast:transcript carries.</summary>
    private Transcript? TranscriptEntry(YamlMap entry)
    {
        entry.CheckUnknownKeys(TranscriptKeys, Severity.Error, "a transcript");
        var text = entry.String("url", required: true);
        var type = entry.String("type");
        if (type is not null && !Transcript.Types.Contains(type))
        {
            diagnostics.Error(
                entry.Context.At(entry.Node("type")!),
                $"`type` must be one of {string.Join(", ", Transcript.Types.Select(t => $"`{t}`"))}, not `{type}`"
            );
            type = null;
        }
        var language = entry.String("language");
        if (language is not null && !LanguageCode().IsMatch(language))
        {
            diagnostics.Error(entry.Context.At(entry.Node("language")!), $"`language` must be a language code like `en` or `en-US`, not `{language}`");
            language = null;
        }
        var transcript = text is null ? null : TranscriptAt(entry.Context, entry.Node("url")!, text, type);
        return transcript is null ? null : transcript with { Language = language, Rel = entry.String("rel") };
    }

    /// <summary>A transcript file under input/ (`.vtt`, `.srt` or `.json`), or one at an address elsewhere.</summary>
    private Transcript? TranscriptAt(YamlContext context, YamlNode node, string text, string? type)
    {
        if (InputPaths.IsWebAddress(text))
        {
            var url = context.Url(node, text, "transcript");
            if (url is null)
                return null;
            if ((type ?? Transcript.RemoteMimeTypeFor(url)) is { } remoteType)
                return new Transcript(url.AbsoluteUri, remoteType);
            diagnostics.Error(
                context.At(node),
                $"cannot tell the kind of transcript `{text}` from its name; write it as `{{ url: ..., type: text/vtt }}` with its type"
            );
            return null;
        }
        var path = InputPaths.Resolve(context, node, text, "transcript", input);
        if (path is null)
            return null;
        if ((type ?? Transcript.MimeTypeFor(path)) is { } mime)
            return new Transcript(path, mime);
        diagnostics.Error(context.At(node), $"transcript `{text}` must be a `.vtt`, `.srt` or `.json` file");
        return null;
    }

    private string? ImagePath(YamlMap map)
    {
        var image = InputPaths.PathOrUrl(map, "image", input);
        // Episode art becomes itunes:image, which Apple holds to the same rules as the show's; art elsewhere is not downloaded to check.
        if (image is not null && !InputPaths.IsWebAddress(image))
            ShowParser.CheckCoverArt(input.Find(image)!, map.Context.At(map.Node("image")!), diagnostics);
        return image;
    }

    private readonly Scriban.Template? _titleTemplate =
        show.TitleTemplate is { } text && TitleTemplate.Compile(text) is { HasErrors: false } compiled ? compiled : null;

    private string? FullTitle(string title, IReadOnlyList<Person> guests, int? number, int? season, YamlMap map)
    {
        if (_titleTemplate is null)
            return title;
        var full = TitleTemplate.TryApply(_titleTemplate, title, guests.Select(g => g.Name).ToList(), number, season, show.Title, out var problem);
        if (problem is not null)
            diagnostics.Error(map.Context.At(map.Node("title")!), $"podcast.yml's `title_template` fails for this episode: {problem}");
        return full;
    }

    /// <summary>The body's first paragraph as plain text, cut at the last word boundary before 200 characters.</summary>
    public static string SummaryOf(string body, bool isHtml)
    {
        var firstParagraph = isHtml
            ? RawHtml.Paragraphs(HtmlNotesBlock.Cleaned(body)).FirstOrDefault() ?? ""
            : MarkdownRendering.ToPlainText(LeadParagraph.Of(body)?.Inline);
        var text = Whitespace().Replace(firstParagraph, " ").Trim();
        if (text.Length <= SummaryLimit)
            return text;
        var cut = text.LastIndexOf(' ', SummaryLimit - 1);
        return (cut > 0 ? text[..cut] : text[..(SummaryLimit - 1)]).TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    private void CheckMarkdown(string markdown, YamlContext context, YamlNode node)
    {
        MarkdownRendering.Parse(markdown, out var problem);
        if (problem is not null)
            diagnostics.Error(context.At(node), problem);
    }

    private T? Missing<T>(YamlMap map, string key)
    {
        diagnostics.Error(map.Position, $"missing required key `{key}`");
        return default;
    }

    private T Invalid<T>(YamlMap map, string key, string value, string expected, T fallback)
    {
        diagnostics.Error(map.Context.At(map.Node(key)!), $"`{key}` must be {expected}, not `{value}`");
        return fallback;
    }

    /// <summary>`12: Title`, `Episode 12 - Title`, `Ep. 12 | Title`, `#12 Title`, `(12) Title`: the number the feed carries already.</summary>
    private static bool RepeatsNumber(string title, int number)
    {
        var match = NumberedTitle().Match(title);
        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == number;
    }

    [GeneratedRegex(@"^\s*(?:(?:episode|ep\.?|e|#|no\.?)\s*(?<n>\d+)\b|\(?(?<n>\d+)\)?\s*[:.\-–—|)])", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedTitle();

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-")]
    private static partial Regex FileNameDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
