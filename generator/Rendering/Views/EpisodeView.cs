namespace PodcastSite.Rendering.Views;

/// <summary>
/// An episode as templates see it (<c>episode.title</c>, <c>page.notes_html</c>...). The rendered notes are made
/// on first use and kept, so listings that never show them never pay for them.
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
    IReadOnlyList<ChapterView> Chapters,
    string? YoutubeUrl,
    string? YoutubeEmbedUrl,
    string? TranscriptUrl,
    string? ChaptersUrl,
    bool Draft,
    bool Scheduled,
    IReadOnlyDictionary<string, object?> Extra,
    Lazy<string> LazyNotesHtml)
{
    public string NotesHtml => LazyNotesHtml.Value;
}
