using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using PodcastSite.Feed;
using PodcastSite.Images;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Notes;
using PodcastSite.Rendering.Views;
using PodcastSite.Text;
using PodcastSite.Transcripts;

namespace PodcastSite.Rendering;

/// <summary>Maps the model to what templates see, once per episode and person, shared by every page that lists them.</summary>
public sealed partial class ViewBuilder
{
    private readonly Site _site;
    private readonly SiteUrls _urls;
    private readonly NotesStrings _strings;
    private readonly Dictionary<string, int> _episodeCountByGuest;
    private readonly Dictionary<string, Person> _guestByName;
    private readonly Dictionary<Episode, int> _indexOf;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<TranscriptCue>> _transcripts;
    private readonly IReadOnlyDictionary<string, ResponsiveImage> _images;

    /// <param name="images">The pictures the build resized, by their path under input/; any other is shown as it is.</param>
    public ViewBuilder(
        Site site,
        SiteUrls urls,
        NotesStrings strings,
        IReadOnlyDictionary<string, IReadOnlyList<TranscriptCue>>? transcripts = null,
        IReadOnlyDictionary<string, ResponsiveImage>? images = null
    )
    {
        _images = images ?? new Dictionary<string, ResponsiveImage>();
        _site = site;
        _urls = urls;
        _strings = strings;
        _episodeCountByGuest = site.Guests.ToDictionary(g => g.Person.Name, g => g.Episodes.Count, StringComparer.Ordinal);
        _guestByName = site.Guests.ToDictionary(g => g.Person.Name, g => g.Person, StringComparer.Ordinal);
        _indexOf = new Dictionary<Episode, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < site.Episodes.Count; i++)
            _indexOf[site.Episodes[i]] = i;
        _transcripts = transcripts ?? new Dictionary<string, IReadOnlyList<TranscriptCue>>();
    }

    public const string SubscribePath = "subscribe/";

    public static string TranscriptPath(Episode episode) => SiteUrls.EpisodePath(episode) + "transcript/";

    /// <summary>The transcript page's lines, or null when the episode has none or its file could not be read.</summary>
    public IReadOnlyList<TranscriptCue>? CuesOf(Episode episode) =>
        episode.LocalTranscript is { } transcript ? _transcripts.GetValueOrDefault(transcript.Location) : null;

    /// <summary>Where the episode is in the list, newest first; -1 when this build leaves it out.</summary>
    public int IndexOf(Episode episode) => _indexOf.GetValueOrDefault(episode, -1);

    /// <summary>The episodes next to this one in the list, newest first: the ones its page links to.</summary>
    public (Episode? Newer, Episode? Older) NeighboursOf(Episode episode)
    {
        if (!_indexOf.TryGetValue(episode, out var i))
            return (null, null);
        return (i > 0 ? _site.Episodes[i - 1] : null, i + 1 < _site.Episodes.Count ? _site.Episodes[i + 1] : null);
    }

    public SiteView Site()
    {
        var show = _site.Show;
        return new SiteView(
            show.Title,
            show.Subtitle,
            MarkdownRendering.ToHtml(show.DescriptionMarkdown, HtmlTarget.Page, siteUrl: show.BaseUrl),
            EpisodeParserSummary(show.DescriptionMarkdown),
            show.BaseUrl.AbsoluteUri,
            _urls.BasePath,
            _urls.Relative(SiteUrls.HomePath(1)),
            _urls.Relative("guests/"),
            _urls.Relative(show.FeedPath),
            _urls.Relative(SearchIndex.Path),
            _urls.AbsoluteUri(show.FeedPath),
            _urls.Relative(show.Image),
            show.Language,
            show.Author,
            show.Copyright,
            show.Hosts.Select(Person).ToList(),
            show.Funding.Select(f => new FundingView(f.Url.AbsoluteUri, f.Text)).ToList(),
            show.Categories.Select(c => c.ToString()).ToList(),
            _site.Episodes.Count,
            _site.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new PageLinkView(p.Title, _urls.Relative(p.Slug + "/"))).ToList(),
            show.Extra,
            show.Subscribe.Select(s => new SubscribeAppView(s.App, s.Url.AbsoluteUri)).ToList(),
            _urls.Relative(SubscribePath),
            AppScheme("podcast", _urls.Absolute(show.FeedPath)),
            AppScheme("pcast", _urls.Absolute(show.FeedPath)),
            _urls.AbsoluteUri(show.Image),
            _site.Guests.Count > 0
        )
        {
            Podroll = show.Podroll.Select(RecommendedShow).OfType<RecommendedShowView>().ToList(),
            Image = Picture(show.Image),
        };
    }

    private RecommendedShowView? RecommendedShow(RecommendedShow show)
    {
        var link = show.Url ?? show.FeedUrl;
        if (link is null)
            return null;
        return new RecommendedShowView(
            show.Title ?? link.Host,
            link.AbsoluteUri,
            show.FeedUrl?.AbsoluteUri,
            show.Image is null ? null : _urls.Relative(show.Image)
        );
    }

    /// <summary>The picture at <paramref name="path"/>, made once: every card of a show whose episodes use its cover shows the same one.</summary>
    public ImageView Picture(string path) => _pictures.GetOrAdd(path, NewPicture);

    // A view per picture, not per page that shows it: the theme's picture partial is then rendered once per picture and
    // size (TemplateRenderer's pure partials), and a show has far fewer pictures than pages.
    private readonly ConcurrentDictionary<string, ImageView> _pictures = new(StringComparer.Ordinal);

    /// <summary>A picture with the copies the build made of it, largest first as the fallback source; the original alone without them.</summary>
    private ImageView NewPicture(string path)
    {
        if (!_images.TryGetValue(path, out var image))
            return new ImageView(_urls.Relative(path), null, null, _urls.Relative(path));
        var fallback = image.Fallback.ToList();
        return new ImageView(_urls.Relative(fallback[^1].Path), Srcset(fallback), Srcset(image.WebP), _urls.Relative(fallback[0].Path));
    }

    private string Srcset(IEnumerable<ImageVariant> variants) => string.Join(", ", variants.Select(v => $"{_urls.Relative(v.Path)} {v.Width}w"));

    public PageView Page(Page page) =>
        new(
            page.Title,
            page.Slug,
            _urls.Relative(page.Slug + "/"),
            MarkdownRendering.ToHtml(page.Body, HtmlTarget.Page, siteUrl: _site.Show.BaseUrl),
            page.Extra
        );

    public int EpisodeCountOf(Person person) => _episodeCountByGuest.GetValueOrDefault(person.Name);

    public PersonView Person(Person person)
    {
        // A guest's bio or photo may be written in any of their episodes; the guest list holds them together.
        if (_guestByName.TryGetValue(person.Name, out var merged))
            person = person with { Image = person.Image ?? merged.Image, BioMarkdown = person.BioMarkdown ?? merged.BioMarkdown };
        var count = EpisodeCountOf(person);
        return new PersonView(
            person.Name,
            person.Slug,
            count > 0 ? _urls.Relative(SiteUrls.GuestPath(person)) : null,
            person.Url?.AbsoluteUri,
            person.Image is null ? null : _urls.Relative(person.Image),
            person.Role,
            count
        )
        {
            BioHtml = person.BioMarkdown is { } bio ? _bioHtml.GetOrAdd(bio, BioHtml) : null,
            Image = person.Image is null ? null : Picture(person.Image),
        };
    }

    // A guest's view is made for every page that names them (each episode card of a listing): their bio is rendered once.
    private readonly ConcurrentDictionary<string, string> _bioHtml = new(StringComparer.Ordinal);

    private static string BioHtml(string markdown) => MarkdownRendering.ToHtml(markdown, HtmlTarget.Page);

    public EpisodeView Episode(Episode episode) => Episode(episode, null);

    /// <param name="notes">The episode's notes when they are already parsed (a build parses them once for the page and
    /// the feed); otherwise they are parsed if the page shows them, and listings never do.</param>
    public EpisodeView Episode(Episode episode, ShowNotes? notes)
    {
        var path = SiteUrls.EpisodePath(episode);
        var zoned = TimeZoneInfo.ConvertTime(episode.Date, _site.Show.TimeZone);
        var (newer, older) = NeighboursOf(episode);
        // The page plays the video itself, after the notes: a link to it among the notes would say the same twice.
        ShowNotes PageNotes(ShowNotes notes) => YouTubeEmbedUrl(episode.YouTube) is null ? notes : notes with { YouTube = null };
        return new EpisodeView(
            episode.Slug,
            _urls.Relative(path),
            _urls.AbsoluteUri(path),
            episode.Title,
            episode.FullTitle,
            zoned.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            episode.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            episode.Number,
            episode.Season,
            episode.Type.ToString().ToLowerInvariant(),
            episode.Summary,
            episode.Image is null ? null : _urls.Relative(episode.Image),
            episode.Explicit,
            episode.Audio is { } audio ? Audio(audio) : null,
            episode.Guests.Select(Person).ToList(),
            episode.Hosts.Select(Person).ToList(),
            new Lazy<IReadOnlyList<ChapterView>>(() =>
                episode
                    .Chapters.Select(c => new ChapterView(DurationText.Format(c.Start), DurationText.WholeSeconds(c.Start), c.Title, c.Url?.AbsoluteUri))
                    .ToList()
            ),
            episode.YouTube?.AbsoluteUri,
            YouTubeEmbedUrl(episode.YouTube),
            episode.Transcripts.FirstOrDefault() is { } transcript ? _urls.Relative(transcript.Location) : null,
            episode.Chapters.Count > 0 ? _urls.Relative(path + "chapters.json") : null,
            episode.Draft,
            episode.Scheduled,
            episode.Extra,
            new Lazy<string>(() =>
                NotesHtmlRenderer.Render(
                    PageNotes(notes ?? ShowNotes.Of(episode)),
                    _strings,
                    HtmlTarget.Page,
                    _urls.Absolute(path),
                    _site.Show.BaseUrl,
                    GuestPageUrl
                )
            )
        )
        {
            ArtUrl = _urls.Relative(episode.Image ?? _site.Show.Image),
            Art = Picture(episode.Image ?? _site.Show.Image),
            Featured = episode.Featured,
            TranscriptPageUrl = CuesOf(episode) is null ? null : _urls.Relative(TranscriptPath(episode)),
            Newer = newer is null ? null : Link(newer),
            Older = older is null ? null : Link(older),
            Video = episode.LocalVideo is { } video ? Video(video, episode) : null,
        };
    }

    private EpisodeLinkView Link(Episode episode) => new(episode.FullTitle, _urls.Relative(SiteUrls.EpisodePath(episode)));

    /// <summary>The feed's address for apps that register a scheme of their own: <c>podcast://host/feed.xml</c>.</summary>
    private static string AppScheme(string scheme, Uri feed) => scheme + "://" + feed.Authority + feed.PathAndQuery;

    private Uri GuestPageUrl(Person person) => new(_urls.Relative(SiteUrls.GuestPath(person)), UriKind.Relative);

    private AudioView Audio(Model.Audio audio) =>
        new(
            PlayerUrl(audio.Url, audio.LocalPath),
            audio.MimeType,
            audio.Length,
            audio.Duration is { } d ? DurationText.Format(d) : null,
            audio.Duration is { } seconds ? DurationText.WholeSeconds(seconds) : null
        );

    private VideoView Video(AlternateEnclosure video, Episode episode)
    {
        var captions = episode.Transcripts.FirstOrDefault(t => t.MimeType == "text/vtt");
        return new VideoView(
            PlayerUrl(video.LocalUrl!, video.LocalPath),
            video.MimeType,
            captions is null ? null : _urls.Relative(captions.Location),
            captions?.Language ?? _site.Show.Language
        );
    }

    private string PlayerUrl(Uri url, string? localPath)
    {
        // Plays on the site count with the analytics service too, so the player goes through its prefix.
        if (_site.Show.AnalyticsPrefix is { } prefix)
            return AnalyticsPrefix.Apply(prefix, FeedText.Url(url));
        return localPath is { } local && _site.Show.MediaBaseUrl is null ? _urls.Relative(local) : url.AbsoluteUri;
    }

    /// <summary>The privacy-friendly embed address of a YouTube watch, short or embed URL; null for other sites.</summary>
    public static string? YouTubeEmbedUrl(Uri? url)
    {
        if (url is null)
            return null;
        var match = YouTubeId().Match(url.AbsoluteUri);
        return match.Success ? $"https://www.youtube-nocookie.com/embed/{match.Groups["id"].Value}" : null;
    }

    private static string EpisodeParserSummary(string markdown) => Content.EpisodeParser.SummaryOf(markdown, isHtml: false);

    [GeneratedRegex(@"(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|live/|shorts/)|youtu\.be/)(?<id>[A-Za-z0-9_-]{6,})")]
    private static partial Regex YouTubeId();
}
