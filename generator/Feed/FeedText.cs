using System.Globalization;
using PodcastSite.Text;

namespace PodcastSite.Feed;

/// <summary>Values as feeds need them: RFC 2822 dates, ASCII-only URLs, whole seconds.</summary>
public static class FeedText
{
    /// <summary>RFC 2822 in GMT with English names (<c>Fri, 09 Oct 2020 04:30:38 GMT</c>); "zzz" would add a colon.</summary>
    public static string Rfc2822(DateTimeOffset date) => date.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>An ASCII URL: the host in punycode, the path and query percent-encoded, as Apple requires.</summary>
    public static string Url(Uri url)
    {
        var absolute = url.AbsoluteUri;
        if (System.Text.Ascii.IsValid(absolute) && url.Host == url.IdnHost)
            return absolute;
        var builder = new UriBuilder(url) { Host = url.IdnHost };
        return new Uri(builder.Uri.GetComponents(UriComponents.AbsoluteUri, UriFormat.UriEscaped)).AbsoluteUri;
    }

    public static string Seconds(TimeSpan duration) => DurationText.WholeSeconds(duration).ToString(CultureInfo.InvariantCulture);
}
