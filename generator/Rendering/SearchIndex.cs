using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PodcastSite.Model;

namespace PodcastSite.Rendering;

/// <summary>
/// <c>search.json</c>: what the site's search box looks through, one small entry per published episode,
/// newest first. The browser fetches it on the first keystroke, so pages stay light.
/// </summary>
public static class SearchIndex
{
    public const string Path = "search.json";

    public static byte[] Write(Site site)
    {
        var urls = new SiteUrls(site.Show);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var episode in site.Episodes)
            {
                json.WriteStartObject();
                json.WriteString("title", episode.FullTitle);
                json.WriteString("url", urls.Relative(SiteUrls.EpisodePath(episode)));
                json.WriteString("date", TimeZoneInfo.ConvertTime(episode.Date, site.Show.TimeZone).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
                json.WriteString("summary", episode.Summary);
                json.WriteString("people", string.Join(", ", episode.Guests.Select(g => g.Name)));
                json.WriteString("topics", string.Join(", ", episode.Chapters.Select(c => c.Title)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return stream.ToArray();
    }
}
