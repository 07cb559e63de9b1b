using Microsoft.AspNetCore.StaticFiles;

namespace PodcastSite.Preview.Hosting;

/// <summary>Content types as a podcast host should send them.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    public static string For(string path, string feedPath)
    {
        if (path == feedPath)
            return "application/rss+xml; charset=utf-8";
        if (!Provider.TryGetContentType(path, out var type))
            return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "application/javascript"
            ? type + "; charset=utf-8"
            : type;
    }

    /// <summary>Pages, which the preview adds its live-reload script to.</summary>
    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".vtt"] = "text/vtt";
        provider.Mappings[".srt"] = "application/x-subrip";
        provider.Mappings[".mp3"] = "audio/mpeg";
        provider.Mappings[".m4a"] = "audio/x-m4a";
        provider.Mappings[".opus"] = "audio/ogg";
        provider.Mappings[".ogg"] = "audio/ogg";
        provider.Mappings[".flac"] = "audio/flac";
        provider.Mappings[".wav"] = "audio/wav";
        provider.Mappings[".js"] = "text/javascript";
        return provider;
    }
}
