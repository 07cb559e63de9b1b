using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using PodcastSite.Images;
using PodcastSite.Model;

namespace PodcastSite.Rendering;

/// <summary>
/// An episode's oEmbed answer (<c>episodes/x/oembed.json</c>, oembed.com's "rich" type): what WordPress, Ghost or
/// Notion fetch, through the discovery link on the episode page, to show a player where someone pastes its address.
/// The player is the episode's embed page in an iframe.
/// </summary>
public static class OEmbed
{
    public const string MimeType = "application/json+oembed";
    public const int Width = 560;
    public const int Height = 152;

    public static string JsonPath(Episode episode) => SiteUrls.EpisodePath(episode) + "oembed.json";

    public static string EmbedPath(Episode episode) => SiteUrls.EpisodePath(episode) + "embed/";

    /// <param name="art">The episode's art as the build resized it, for a thumbnail of known size; null for the original.</param>
    public static byte[] Write(Episode episode, Show show, SiteUrls urls, ResponsiveImage? art)
    {
        var player = urls.AbsoluteUri(EmbedPath(episode));
        var iframe =
            $"<iframe src=\"{WebUtility.HtmlEncode(player)}\" width=\"{Width}\" height=\"{Height}\" "
            + $"title=\"{WebUtility.HtmlEncode(episode.FullTitle)}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.0");
            json.WriteString("type", "rich");
            json.WriteString("title", episode.FullTitle);
            json.WriteString("author_name", show.Author);
            json.WriteString("provider_name", show.Title);
            json.WriteString("provider_url", show.BaseUrl.AbsoluteUri);
            json.WriteString("html", iframe);
            json.WriteNumber("width", Width);
            json.WriteNumber("height", Height);
            if (art?.Fallback.LastOrDefault() is { } thumbnail)
            {
                json.WriteString("thumbnail_url", urls.AbsoluteUri(thumbnail.Path));
                json.WriteNumber("thumbnail_width", thumbnail.Width);
                json.WriteNumber("thumbnail_height", thumbnail.Height);
            }
            else
                json.WriteString("thumbnail_url", urls.AbsoluteUri(episode.Image ?? show.Image));
            json.WriteEndObject();
        }
        return stream.ToArray();
    }
}
