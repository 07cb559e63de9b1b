using System.Text;
using System.Xml;
using PodcastSite.Model;

namespace PodcastSite.Rendering;

/// <summary><c>sitemap.xml</c>: the address of every page of the site, for search engines, and <c>robots.txt</c> pointing at it.</summary>
public static class Sitemap
{
    public const string Path = "sitemap.xml";
    public const string RobotsPath = "robots.txt";

    /// <param name="pages">The site's pages as output paths (<c>episodes/x/index.html</c>); the 404 page is not a page to find,
    /// nor is an embed player, which is the episode page again, made to sit in an iframe elsewhere.</param>
    public static byte[] Write(Show show, IEnumerable<string> pages)
    {
        pages = pages.Where(p => !p.EndsWith("/embed/index.html", StringComparison.Ordinal));
        var urls = new SiteUrls(show);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in PageAddresses(pages).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", urls.AbsoluteUri(page));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    public static byte[] Robots(Show show) => Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {new SiteUrls(show).Absolute(Path).AbsoluteUri}\n");

    /// <summary>Where each page is linked: its folder, as the site's links write it.</summary>
    public static IEnumerable<string> PageAddresses(IEnumerable<string> pages) =>
        pages.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)).Select(p => p[..^"index.html".Length]);
}
