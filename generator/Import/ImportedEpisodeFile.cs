using System.Globalization;
using System.Text;
using PodcastSite.Model;
using PodcastSite.Scaffold;

namespace PodcastSite.Import;

/// <summary>
/// An old feed's item as an episode file: front matter that keeps everything podcast apps know the episode by, and
/// the notes as the body (Markdown when that loses nothing, else HTML with <c>notes_html: true</c>).
/// </summary>
public static class ImportedEpisodeFile
{
    /// <param name="localImages">Art downloaded into assets/, by its address at the old host.</param>
    public static string Render(ImportedEpisode episode, ImportedShow show, IReadOnlyDictionary<Uri, string> localImages)
    {
        var yaml = new StringBuilder("---\n");
        void Line(string key, string value) => yaml.Append(key).Append(": ").Append(value).Append('\n');

        Line("title", YamlText.Scalar(episode.Title));
        Line("date", Date(episode.Date));
        if (episode.DraftBecause is { } reason)
            Line("draft", $"true  # {reason}");
        Line("guid", YamlText.Scalar(episode.Guid));
        if (episode.GuidIsPermaLink)
            Line("guid_is_permalink", "true");
        yaml.Append("audio:\n");
        Line("  url", YamlText.Scalar(episode.Enclosure.Url.AbsoluteUri));
        yaml.Append("  length: ")
            .Append(episode.Enclosure.Length?.ToString(CultureInfo.InvariantCulture) ?? "0  # the old feed gave no size: write the file's size in bytes")
            .Append('\n');
        if (episode.Enclosure.Type is { } type)
            Line("  type", YamlText.Scalar(type));
        if (episode.Duration is { } duration)
        {
            // Seconds are written as the number they are; a time with colons is quoted as docs and `new` write it.
            var written = episode.DurationText ?? ClockText.Format(duration);
            Line("  duration", written.All(c => char.IsAsciiDigit(c) || c == '.') ? written : YamlText.Quoted(written));
        }
        if (episode.Number is { } number)
            Line("number", number.ToString(CultureInfo.InvariantCulture));
        if (episode.Season is { } season)
            Line("season", season.ToString(CultureInfo.InvariantCulture));
        if (episode.Type != EpisodeType.Full)
            Line("type", episode.Type.ToString().ToLowerInvariant());
        // An item that did not say is what the show says, in the old feed and in the new one.
        if (episode.Explicit is { } isExplicit && isExplicit != show.Explicit)
            Line("explicit", isExplicit ? "true" : "false");
        if (episode.Block)
            Line("block", "true");
        if (episode.Image is { } image)
            Line("image", YamlText.Scalar(localImages.GetValueOrDefault(image) ?? image.AbsoluteUri));
        People(yaml, "guest", episode.Guests, "guest");
        // An item's people replace the show's in apps: the same hosts as the show's need not be repeated, and an
        // item that names only guests had no hosts at all.
        if (episode.Hosts is { } hosts && !SamePeople(hosts, show.Hosts))
        {
            if (hosts.Count == 0)
                Line("hosts", "[]");
            else
                People(yaml, "hosts", hosts, "host");
        }
        if (episode.Chapters.Count > 0)
            Chapters(yaml, episode.Chapters);
        else if (episode.ChaptersUrl is { } chapters)
            Line("chapters", YamlText.Scalar(chapters.AbsoluteUri));
        if (episode.Transcripts.Count > 0)
            Transcripts(yaml, episode.Transcripts);
        var body = NotesMarkdown.From(episode.Notes);
        if (body.IsHtml)
            Line("notes_html", "true");
        yaml.Append("---\n");
        return yaml.Append(body.Text).Append(body.Text.Length > 0 ? "\n" : "").ToString();
    }

    /// <summary>The date with the offset the old feed gave, so it reads as the podcaster's own time.</summary>
    private static string Date(DateTimeOffset date) =>
        date.Offset == TimeSpan.Zero
            ? date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    public static void People(StringBuilder yaml, string key, IReadOnlyList<Person> people, string defaultRole)
    {
        if (people.Count == 0)
            return;
        yaml.Append(key).Append(":\n");
        foreach (var person in people)
        {
            yaml.Append("  - name: ").Append(YamlText.Scalar(person.Name)).Append('\n');
            if (person.Role != defaultRole)
                yaml.Append("    role: ").Append(YamlText.Scalar(person.Role)).Append('\n');
            if (person.Group != "cast")
                yaml.Append("    group: ").Append(YamlText.Scalar(person.Group)).Append('\n');
            if (person.Image is { } image)
                yaml.Append("    image: ").Append(YamlText.Scalar(image)).Append('\n');
            if (person.Url is { } url)
                yaml.Append("    url: ").Append(YamlText.Scalar(url.AbsoluteUri)).Append('\n');
        }
    }

    private static bool SamePeople(IReadOnlyList<Person> a, IReadOnlyList<Person> b) => a.Count == b.Count && a.Zip(b).All(pair => pair.First == pair.Second);

    private static void Chapters(StringBuilder yaml, IReadOnlyList<Chapter> chapters)
    {
        yaml.Append("chapters:\n");
        foreach (var chapter in chapters)
        {
            yaml.Append("  - start: ").Append(YamlText.Quoted(ClockText.Format(chapter.Start))).Append('\n');
            yaml.Append("    title: ").Append(YamlText.Scalar(chapter.Title)).Append('\n');
            if (chapter.Url is { } url)
                yaml.Append("    url: ").Append(YamlText.Scalar(url.AbsoluteUri)).Append('\n');
            if (chapter.Image is { } image)
                yaml.Append("    image: ").Append(YamlText.Scalar(image)).Append('\n');
        }
    }

    private static void Transcripts(StringBuilder yaml, IReadOnlyList<Transcript> transcripts)
    {
        yaml.Append("transcript:\n");
        foreach (var transcript in transcripts)
        {
            // A bare address says it all when its name tells the type and nothing else is set.
            if (Transcript.RemoteMimeTypeFor(new Uri(transcript.Location)) == transcript.MimeType && transcript.Language is null && transcript.Rel is null)
            {
                yaml.Append("  - ").Append(YamlText.Scalar(transcript.Location)).Append('\n');
                continue;
            }
            yaml.Append("  - url: ").Append(YamlText.Scalar(transcript.Location)).Append('\n');
            yaml.Append("    type: ").Append(YamlText.Scalar(transcript.MimeType)).Append('\n');
            if (transcript.Language is { } language)
                yaml.Append("    language: ").Append(YamlText.Scalar(language)).Append('\n');
            if (transcript.Rel is { } rel)
                yaml.Append("    rel: ").Append(YamlText.Scalar(rel)).Append('\n');
        }
    }
}
