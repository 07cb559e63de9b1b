using System.Text;
using PodcastSite.Model;

namespace PodcastSite.Rendering;

/// <summary>
/// `_headers`, read by hosts such as Netlify and Cloudflare Pages (others serve it as a plain file, harmlessly): the
/// feed as `application/rss+xml` and cached briefly, so apps see a new episode within minutes, transcripts with their
/// types, and assets, which never change under the same name, cached for a week.
/// </summary>
public static class HostHeaders
{
    public const string Path = "_headers";

    public static byte[] Write(Site site)
    {
        var basePath = site.Show.BasePath;
        var text = new StringBuilder();
        text.Append("# Made by PodcastSite for hosts that read a _headers file (Netlify, Cloudflare Pages).\n");
        Rule(text, basePath + site.Show.FeedPath, "Content-Type: application/rss+xml; charset=utf-8", "Cache-Control: public, max-age=300");
        // The newest archive page changes with each episode, so the archive is cached like the feed.
        if (site.Show.FeedLimit is not null)
            Rule(
                text,
                basePath + Feed.FeedPages.ArchiveFolder(site.Show) + "*",
                "Content-Type: application/rss+xml; charset=utf-8",
                "Cache-Control: public, max-age=300"
            );
        Rule(text, basePath + SearchIndex.Path, "Cache-Control: public, max-age=300");
        foreach (
            var transcript in site
                .Episodes.SelectMany(e => e.Transcripts)
                .Where(t => !t.IsRemote)
                .DistinctBy(t => t.Location)
                .OrderBy(t => t.Location, StringComparer.Ordinal)
        )
            Rule(
                text,
                basePath + string.Join('/', transcript.Location.Split('/').Select(Uri.EscapeDataString)),
                $"Content-Type: {transcript.MimeType}; charset=utf-8"
            );
        Rule(text, basePath + "assets/*", "Cache-Control: public, max-age=604800");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Rule(StringBuilder text, string path, params string[] headers)
    {
        text.Append(path).Append('\n');
        foreach (var header in headers)
            text.Append("  ").Append(header).Append('\n');
    }
}
