using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>
/// An episode as templates see it (<c>episode.title</c>, <c>page.notes_html</c>...). The rendered notes and the
/// chapter list are made on first use and kept, so listings that never show them never pay for them.
/// </summary>
public sealed record EpisodeView(
    string Slug,
    string Url,
    string AbsoluteUrl,
    string Title,
    string FullTitle,
    string Date,
    string DateIso,
    int? Number,
    int? Season,
    string Type,
    string Summary,
    string? ImageUrl,
    bool Explicit,
    AudioView? Audio,
    IReadOnlyList<PersonView> Guests,
    IReadOnlyList<PersonView> Hosts,
    Lazy<IReadOnlyList<ChapterView>> LazyChapters,
    string? YoutubeUrl,
    string? YoutubeEmbedUrl,
    string? TranscriptUrl,
    string? ChaptersUrl,
    bool Draft,
    bool Scheduled,
    IReadOnlyDictionary<string, object?> Extra,
    Lazy<string> LazyNotesHtml
) : ITemplateView
{
    /// <summary>The episode's own art, or the show's: what a card or a link preview shows.</summary>
    public string ArtUrl { get; init; } = "";

    /// <summary>The same art in the sizes the build made of it.</summary>
    public ImageView Art { get; init; } = new("", null, null, "");

    public bool Featured { get; init; }

    /// <summary>The transcript's page on this site, when the transcript file could be read.</summary>
    public string? TranscriptPageUrl { get; init; }

    public EpisodeLinkView? Newer { get; init; }

    public EpisodeLinkView? Older { get; init; }

    /// <summary>A video alternate enclosure published with the site, which the page offers beside the audio.</summary>
    public VideoView? Video { get; init; }

    public string NotesHtml => LazyNotesHtml.Value;

    public IReadOnlyList<ChapterView> Chapters => LazyChapters.Value;

    // The lazy values are left out: templates read the notes and chapters, not the machinery that makes them on demand.
    private static readonly TemplateMembers<EpisodeView> Members = new(
        (nameof(Slug), e => e.Slug),
        (nameof(Url), e => e.Url),
        (nameof(AbsoluteUrl), e => e.AbsoluteUrl),
        (nameof(Title), e => e.Title),
        (nameof(FullTitle), e => e.FullTitle),
        (nameof(Date), e => e.Date),
        (nameof(DateIso), e => e.DateIso),
        (nameof(Number), e => e.Number),
        (nameof(Season), e => e.Season),
        (nameof(Type), e => e.Type),
        (nameof(Summary), e => e.Summary),
        (nameof(ImageUrl), e => e.ImageUrl),
        (nameof(Explicit), e => e.Explicit),
        (nameof(Audio), e => e.Audio),
        (nameof(Guests), e => e.Guests),
        (nameof(Hosts), e => e.Hosts),
        (nameof(Chapters), e => e.Chapters),
        (nameof(YoutubeUrl), e => e.YoutubeUrl),
        (nameof(YoutubeEmbedUrl), e => e.YoutubeEmbedUrl),
        (nameof(TranscriptUrl), e => e.TranscriptUrl),
        (nameof(ChaptersUrl), e => e.ChaptersUrl),
        (nameof(Draft), e => e.Draft),
        (nameof(Scheduled), e => e.Scheduled),
        (nameof(Extra), e => e.Extra),
        (nameof(NotesHtml), e => e.NotesHtml),
        (nameof(ArtUrl), e => e.ArtUrl),
        (nameof(Art), e => e.Art),
        (nameof(Featured), e => e.Featured),
        (nameof(TranscriptPageUrl), e => e.TranscriptPageUrl),
        (nameof(Newer), e => e.Newer),
        (nameof(Older), e => e.Older),
        (nameof(Video), e => e.Video)
    );

    IObjectAccessor ITemplateView.Members => Members;
}
