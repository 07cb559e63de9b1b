using System.Globalization;
using System.Xml;
using PodcastSite.Model;
using PodcastSite.Text;

namespace PodcastSite.Feed;

/// <summary>
/// An item's Podcasting 2.0 tags that come straight from its front matter: soundbites, alternate enclosures, its own
/// location and licence (written by the channel too), and where to comment. Each is written only when the episode has it.
/// </summary>
public static class ItemPodcastTags
{
    private const string Podcast = PodcastFeed.Podcast;

    public static void Write(XmlWriter writer, Episode episode, Uri? analyticsPrefix)
    {
        foreach (var soundbite in episode.Soundbites)
        {
            writer.WriteStartElement("podcast", "soundbite", Podcast);
            writer.WriteAttributeString("startTime", Seconds(soundbite.Start));
            writer.WriteAttributeString("duration", Seconds(soundbite.Duration));
            if (soundbite.Title is { } title)
                writer.WriteString(Text(title));
            writer.WriteEndElement();
        }
        foreach (var alternate in episode.AlternateEnclosures)
            WriteAlternate(writer, alternate, analyticsPrefix);
        if (episode.Location is { } location)
            WriteLocation(writer, location);
        if (episode.License is { } license)
            WriteLicense(writer, license);
        foreach (var social in episode.SocialInteracts)
        {
            writer.WriteStartElement("podcast", "socialInteract", Podcast);
            writer.WriteAttributeString("protocol", social.Protocol);
            if (social.Uri is { } uri)
                writer.WriteAttributeString("uri", FeedText.Url(uri));
            if (social.AccountId is { } accountId)
                writer.WriteAttributeString("accountId", Text(accountId));
            if (social.AccountUrl is { } accountUrl)
                writer.WriteAttributeString("accountUrl", FeedText.Url(accountUrl));
            writer.WriteEndElement();
        }
    }

    private static void WriteAlternate(XmlWriter writer, AlternateEnclosure alternate, Uri? analyticsPrefix)
    {
        writer.WriteStartElement("podcast", "alternateEnclosure", Podcast);
        writer.WriteAttributeString("type", alternate.MimeType);
        writer.WriteAttributeString("length", alternate.Length.ToString(CultureInfo.InvariantCulture));
        if (alternate.Bitrate is { } bitrate)
            writer.WriteAttributeString("bitrate", bitrate.ToString(CultureInfo.InvariantCulture));
        if (alternate.Height is { } height)
            writer.WriteAttributeString("height", height.ToString(CultureInfo.InvariantCulture));
        if (alternate.Lang is { } lang)
            writer.WriteAttributeString("lang", lang);
        if (alternate.Title is { } title)
            writer.WriteAttributeString("title", Text(title));
        if (alternate.Rel is { } rel)
            writer.WriteAttributeString("rel", Text(rel));
        if (alternate.Default)
            writer.WriteAttributeString("default", "true");
        // Every source is a download like the enclosure, so the analytics service counts it the same way.
        foreach (var source in alternate.Sources)
        {
            writer.WriteStartElement("podcast", "source", Podcast);
            writer.WriteAttributeString("uri", AnalyticsPrefix.Apply(analyticsPrefix, FeedText.Url(source)));
            writer.WriteEndElement();
        }
        if (alternate.Integrity is { } integrity)
        {
            writer.WriteStartElement("podcast", "integrity", Podcast);
            writer.WriteAttributeString("type", integrity.Type);
            writer.WriteAttributeString("value", integrity.Value);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>Seconds as the namespace's decimals: `90`, `90.5`, never `90.000` or a culture's comma.</summary>
    private static string Seconds(TimeSpan time) => ((decimal)time.Ticks / TimeSpan.TicksPerSecond).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>podcast:location, of an item or of the channel.</summary>
    public static void WriteLocation(XmlWriter writer, Location location)
    {
        writer.WriteStartElement("podcast", "location", Podcast);
        if (location.Geo is { } geo)
            writer.WriteAttributeString("geo", geo);
        if (location.Osm is { } osm)
            writer.WriteAttributeString("osm", osm);
        writer.WriteString(Text(location.Name));
        writer.WriteEndElement();
    }

    /// <summary>podcast:license, of an item or of the channel.</summary>
    public static void WriteLicense(XmlWriter writer, License license)
    {
        writer.WriteStartElement("podcast", "license", Podcast);
        if (license.Url is { } url)
            writer.WriteAttributeString("url", FeedText.Url(url));
        writer.WriteString(Text(license.Name));
        writer.WriteEndElement();
    }

    private static string Text(string text) => ForbiddenCharacters.Remove(text).Trim();
}
