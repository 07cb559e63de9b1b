using System.Globalization;
using System.Xml;
using PodcastSite.Model;

namespace PodcastSite.Feed;

/// <summary>
/// Podlove Simple Chapters (<c>psc:chapters</c>, version 1.2) in the item itself: Spotify and some older apps read chapters
/// only from here, not from the podcast:chapters file.
/// </summary>
public static class SimpleChapters
{
    public const string Namespace = "http://podlove.org/simple-chapters";

    /// <param name="imageUrl">The absolute address of a chapter image, a path under input/ or an address elsewhere.</param>
    public static void Write(XmlWriter writer, IReadOnlyList<Chapter> chapters, Func<string, string> imageUrl)
    {
        if (chapters.Count == 0)
            return;
        writer.WriteStartElement("psc", "chapters", Namespace);
        writer.WriteAttributeString("version", "1.2");
        foreach (var chapter in chapters)
        {
            writer.WriteStartElement("psc", "chapter", Namespace);
            writer.WriteAttributeString("start", NormalPlayTime(chapter.Start));
            writer.WriteAttributeString("title", Text.ForbiddenCharacters.Remove(chapter.Title).Trim());
            if (chapter.Url is { } url)
                writer.WriteAttributeString("href", FeedText.Url(url));
            if (chapter.Image is { } image)
                writer.WriteAttributeString("image", imageUrl(image));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>`HH:MM:SS.mmm`, the full form of the Normal Play Time the spec uses, so every reader parses it the same way.</summary>
    public static string NormalPlayTime(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(long)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");
}
