using System.Text.Encodings.Web;
using System.Text.Json;
using PodcastSite.Model;

namespace PodcastSite.Feed;

/// <summary>Podcasting 2.0 JSON chapters (version 1.2.0), the side-car <c>podcast:chapters</c> points at.</summary>
public static class ChaptersJson
{
    public const string MimeType = "application/json+chapters";

    public static byte[] Write(Episode episode, Show show, Func<string, Uri> inputFileUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.2.0");
            json.WriteString("title", episode.FullTitle);
            json.WriteString("podcastName", show.Title);
            json.WriteStartArray("chapters");
            foreach (var chapter in episode.Chapters)
            {
                json.WriteStartObject();
                json.WriteNumber("startTime", Math.Round(chapter.Start.TotalSeconds, 3));
                json.WriteString("title", chapter.Title);
                if (chapter.Image is { } image)
                    json.WriteString("img", image.StartsWith("http", StringComparison.Ordinal) ? image : FeedText.Url(inputFileUrl(image)));
                if (chapter.Url is { } url)
                    json.WriteString("url", FeedText.Url(url));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }
}
