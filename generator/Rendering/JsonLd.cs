using System.Globalization;
using System.Text;
using System.Text.Json;
using PodcastSite.Model;
using PodcastSite.Text;

namespace PodcastSite.Rendering;

/// <summary>
/// schema.org descriptions for search engines, written field by field (no reflection, so Native AOT keeps it).
/// The default encoder escapes <c>&lt;</c>, so no text of the show can close the script element it sits in.
/// </summary>
public static class JsonLd
{
    public static string Series(Show show, SiteUrls urls) =>
        Write(json =>
        {
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "PodcastSeries");
            WriteSeriesFields(json, show, urls);
            json.WriteString("author", show.Author);
            json.WriteString("inLanguage", show.Language);
            json.WriteString("webFeed", urls.AbsoluteUri(show.FeedPath));
            if (show.Publisher is { } publisher)
            {
                json.WriteStartObject("publisher");
                json.WriteString("@type", "Organization");
                json.WriteString("name", publisher.Name);
                json.WriteEndObject();
            }
        });

    /// <summary>
    /// The audio's address as pages give it to machines (og:audio, contentUrl): through the analytics prefix when the show
    /// has one, since a share card or a search result that plays the file is a download the service should count.
    /// </summary>
    public static string MediaUrl(Model.Audio audio, Show show) =>
        show.AnalyticsPrefix is { } prefix ? Feed.AnalyticsPrefix.Apply(prefix, Feed.FeedText.Url(audio.Url)) : audio.Url.AbsoluteUri;

    public static string Episode(Episode episode, Show show, SiteUrls urls) =>
        Write(json =>
        {
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "PodcastEpisode");
            json.WriteString("name", episode.FullTitle);
            json.WriteString("url", urls.AbsoluteUri(SiteUrls.EpisodePath(episode)));
            json.WriteString("description", episode.Summary);
            json.WriteString("datePublished", episode.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteString("image", urls.AbsoluteUri(episode.Image ?? show.Image));
            if (episode.Number is { } number)
                json.WriteNumber("episodeNumber", number);
            if (episode.Audio is { } audio)
            {
                if (audio.Duration is { } duration)
                    json.WriteString("timeRequired", IsoDuration(duration));
                json.WriteStartObject("associatedMedia");
                json.WriteString("@type", "MediaObject");
                json.WriteString("contentUrl", MediaUrl(audio, show));
                json.WriteString("encodingFormat", audio.MimeType);
                if (audio.Duration is { } length)
                    json.WriteString("duration", IsoDuration(length));
                json.WriteEndObject();
            }
            if (episode.Guests.Count > 0)
            {
                json.WriteStartArray("actor");
                foreach (var guest in episode.Guests)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", guest.Name);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteStartObject("partOfSeries");
            json.WriteString("@type", "PodcastSeries");
            WriteSeriesFields(json, show, urls);
            json.WriteEndObject();
        });

    private static void WriteSeriesFields(Utf8JsonWriter json, Show show, SiteUrls urls)
    {
        json.WriteString("name", show.Title);
        json.WriteString("url", urls.AbsoluteUri(""));
        json.WriteString("image", urls.AbsoluteUri(show.Image));
    }

    /// <summary>ISO 8601, as schema.org wants: <c>PT50M12S</c>.</summary>
    public static string IsoDuration(TimeSpan duration)
    {
        var seconds = DurationText.WholeSeconds(duration);
        var text = new StringBuilder("PT");
        if (seconds >= 3600)
            text.Append(CultureInfo.InvariantCulture, $"{seconds / 3600}H");
        if (seconds % 3600 >= 60)
            text.Append(CultureInfo.InvariantCulture, $"{seconds % 3600 / 60}M");
        if (seconds % 60 > 0 || seconds == 0)
            text.Append(CultureInfo.InvariantCulture, $"{seconds % 60}S");
        return text.ToString();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
