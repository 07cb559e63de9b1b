namespace PodcastSite.Feed;

/// <summary>
/// A prefix analytics service's redirect put in front of a media address. The services disagree on the scheme:
/// OP3 takes the whole address (and needs the scheme to reach a plain http file), while Podtrac, Chartable and Blubrry
/// document the address without its scheme. So OP3 keeps it and every other prefix drops it, the form most
/// prefix services document.
/// </summary>
public static class AnalyticsPrefix
{
    private static readonly string[] SchemeKeepingHosts = ["op3.dev"];

    public static string Apply(Uri? prefix, string mediaUrl)
    {
        if (prefix is null)
            return mediaUrl;
        var text = prefix.AbsoluteUri;
        if (SchemeKeepingHosts.Contains(prefix.Host, StringComparer.OrdinalIgnoreCase))
            return text + mediaUrl;
        var schemeEnd = mediaUrl.IndexOf("://", StringComparison.Ordinal);
        return text + (schemeEnd < 0 ? mediaUrl : mediaUrl[(schemeEnd + 3)..]);
    }
}
