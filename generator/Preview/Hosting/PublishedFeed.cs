using System.Xml;

namespace PodcastSite.Preview.Hosting;

/// <summary>
/// The feed of a site already built into a folder, found by `serve` so that it is sent as a feed and the site is
/// served under the base path it was built for (the path of the channel's link: "/show/" for
/// https://user.github.io/show/), without asking the podcaster again.
/// </summary>
public sealed record PublishedFeed(string Path, string BasePath)
{
    public static readonly PublishedFeed None = new("feed.xml", "/");

    /// <summary>The RSS file at the top of the folder, or <see cref="None"/> when there is none to read.</summary>
    public static PublishedFeed Find(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            if (ChannelLink(file) is { } link)
                return new PublishedFeed(System.IO.Path.GetFileName(file), BasePathOf(link));
        }
        return None;
    }

    private static string BasePathOf(Uri link)
    {
        // Request paths arrive decoded, so the base path is compared decoded too.
        var path = Uri.UnescapeDataString(link.AbsolutePath);
        return path.EndsWith('/') ? path : path + "/";
    }

    private static Uri? ChannelLink(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "rss")
                return null;
            if (!reader.ReadToDescendant("channel") || !reader.ReadToDescendant("link"))
                return null;
            return Uri.TryCreate(reader.ReadElementContentAsString().Trim(), UriKind.Absolute, out var link) ? link : null;
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return null; // not a feed, or not readable: serve it as any other file
        }
    }
}
