using System.Globalization;
using System.Text;
using System.Xml;
using PodcastSite.Text;

namespace PodcastSite.Feed;

/// <summary>Values as feeds need them: XML-safe text, RFC 2822 dates, ASCII-only URLs.</summary>
public static class FeedText
{
    /// <summary>Removes characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
        }
        return clean.ToString();
    }

    // The common case, checked without copying: every character allowed, surrogates only in pairs (emoji).
    private static bool IsClean(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c < 0xD800) continue;
            if (XmlConvert.IsXmlChar(c)) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /// <summary>RFC 2822 in GMT with English names (<c>Fri, 09 Oct 2020 04:30:38 GMT</c>); "zzz" would add a colon.</summary>
    public static string Rfc2822(DateTimeOffset date) => date.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>An ASCII URL: the host in punycode, the path and query percent-encoded, as Apple requires.</summary>
    public static string Url(Uri url)
    {
        var absolute = url.AbsoluteUri;
        if (System.Text.Ascii.IsValid(absolute) && url.Host == url.IdnHost) return absolute;
        var builder = new UriBuilder(url) { Host = url.IdnHost };
        return new Uri(builder.Uri.GetComponents(UriComponents.AbsoluteUri, UriFormat.UriEscaped)).AbsoluteUri;
    }

    public static string Seconds(TimeSpan duration) => DurationText.WholeSeconds(duration).ToString(CultureInfo.InvariantCulture);
}
