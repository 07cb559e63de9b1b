namespace PodcastSite.Model;

/// <summary>Everything podcast.yml says about the show, checked and typed. <see cref="Image"/> is a path under <c>input/</c>, or an address elsewhere (an imported show's art at its old host).</summary>
public sealed record Show(
    string Title,
    string DescriptionMarkdown,
    Uri BaseUrl,
    string Image,
    string Language,
    string Author,
    Owner Owner,
    IReadOnlyList<Category> Categories,
    bool Explicit,
    ShowType Type,
    string? Copyright,
    string? Subtitle,
    IReadOnlyList<Person> Hosts,
    IReadOnlyList<Funding> Funding,
    Guid? Guid,
    FeedLock? Locked,
    Uri? MediaBaseUrl,
    string? TitleTemplate,
    Uri? NewFeedUrl,
    bool Complete,
    bool Block,
    TimeZoneInfo TimeZone,
    string FeedPath,
    int PageSize,
    IReadOnlyDictionary<string, object?> Extra
)
{
    /// <summary>The base URL's path, always ending in '/': "/" or "/show/" on a GitHub Pages project site.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public Uri FeedUrl => new(BaseUrl, FeedPath);

    /// <summary>The show's pages in podcast apps, in the theme's order of apps.</summary>
    public IReadOnlyList<SubscribeLink> Subscribe { get; init; } = [];

    /// <summary>A prefix analytics service's redirect (OP3, Podtrac, Chartable, Blubrry) put in front of every media address.</summary>
    public Uri? AnalyticsPrefix { get; init; }

    public IReadOnlyList<Txt> Txt { get; init; } = [];

    /// <summary>What the feed holds for podcast:medium: <c>podcast</c> unless the show says otherwise.</summary>
    public string Medium { get; init; } = "podcast";

    public License? License { get; init; }

    public Location? Location { get; init; }

    public UpdateFrequency? UpdateFrequency { get; init; }

    /// <summary>The WebSub hub the feed names, so apps that subscribe there hear of a new episode at once instead of polling.</summary>
    public Uri? WebSubHub { get; init; }

    /// <summary>Puts an episode's chapters, as "(MM:SS) Title" lines, at the top of its feed description, where Spotify reads them.</summary>
    public bool ChaptersInDescription { get; init; }

    /// <summary>Other shows the podcaster recommends (podcast:podroll), in the order written.</summary>
    public IReadOnlyList<RecommendedShow> Podroll { get; init; } = [];

    public ValueBlock? Value { get; init; }

    public Publisher? Publisher { get; init; }

    public IReadOnlyList<ShowImage> Images { get; init; } = [];

    /// <summary>How many of the newest items feed.xml holds, the rest going to archive pages; null: every item.</summary>
    public int? FeedLimit { get; init; }

    public Podping? Podping { get; init; }
}
