using System.Globalization;
using System.Xml;
using PodcastSite.Model;

namespace PodcastSite.Feed;

/// <summary>podcast:value and its podcast:valueRecipients, the same on the channel and on an item that overrides it.</summary>
public static class ValueTags
{
    public static void Write(XmlWriter writer, ValueBlock value)
    {
        writer.WriteStartElement("podcast", "value", PodcastFeed.Podcast);
        writer.WriteAttributeString("type", value.Type);
        writer.WriteAttributeString("method", value.Method);
        if (value.Suggested is { } suggested)
            writer.WriteAttributeString("suggested", suggested.ToString(CultureInfo.InvariantCulture));
        foreach (var recipient in value.Recipients)
        {
            writer.WriteStartElement("podcast", "valueRecipient", PodcastFeed.Podcast);
            writer.WriteAttributeString("name", recipient.Name);
            writer.WriteAttributeString("type", recipient.Type);
            writer.WriteAttributeString("address", recipient.Address);
            writer.WriteAttributeString("split", recipient.Split.ToString(CultureInfo.InvariantCulture));
            if (recipient.CustomKey is { } key)
                writer.WriteAttributeString("customKey", key);
            if (recipient.CustomValue is { } custom)
                writer.WriteAttributeString("customValue", custom);
            // Always written: the namespace's schema defaults `fee` to true, its text to false, so silence is ambiguous.
            writer.WriteAttributeString("fee", recipient.Fee ? "true" : "false");
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }
}
