using PodcastSite.Diagnostics;
using PodcastSite.Model;

namespace PodcastSite.Content;

/// <summary>Parse: an episode's <c>social_interact</c>, where listeners comment on it.</summary>
public static class SocialInteractParser
{
    public static readonly string[] Keys = ["uri", "protocol", "account_id", "account_url"];

    /// <summary>The protocols the podcast namespace lists (socialprotocols.txt).</summary>
    public static readonly string[] Protocols = ["activitypub", "twitter", "lightning", "bluesky", "hive", "matrix", "nostr", "disabled"];

    // People name the platform they post on; the namespace wants the protocol it speaks.
    private static readonly Dictionary<string, string> ProtocolOf = new()
    {
        ["mastodon"] = "activitypub",
        ["fediverse"] = "activitypub",
        ["castopod"] = "activitypub",
        ["peertube"] = "activitypub",
        ["pleroma"] = "activitypub",
        ["misskey"] = "activitypub",
        ["x"] = "twitter",
        ["bsky"] = "bluesky",
    };

    public static IReadOnlyList<SocialInteract> Parse(YamlMap episode)
    {
        var result = new List<SocialInteract>();
        foreach (var node in episode.List("social_interact", singleAllowed: true))
        {
            var map = episode.Context.Mapping(node, "`social_interact`");
            if (map is null)
                continue;
            map.CheckUnknownKeys(Keys, Severity.Error, "`social_interact`");
            var protocol = Protocol(map);
            // `disabled` says comments are off, so it points nowhere.
            var uri = protocol == "disabled" ? map.Url("uri") : Uri(map);
            var accountId = map.String("account_id");
            var accountUrl = map.Url("account_url");
            if (protocol is not null && (uri is not null || protocol == "disabled"))
                result.Add(new SocialInteract(protocol, uri, accountId, accountUrl));
        }
        return result;
    }

    private static string? Protocol(YamlMap map)
    {
        var protocol = map.String("protocol", required: true);
        if (protocol is null || Protocols.Contains(protocol, StringComparer.Ordinal))
            return protocol;
        var known = string.Join(", ", Protocols.Select(p => $"`{p}`"));
        var hint =
            ProtocolOf.TryGetValue(protocol.ToLowerInvariant(), out var spoken) ? $"; {protocol} speaks `{spoken}`"
            : Text.EditDistance.Closest(protocol.ToLowerInvariant(), Protocols, maxDistance: 2) is { } suggestion ? $"; did you mean `{suggestion}`?"
            : "";
        map.Context.Diagnostics.Error(map.Context.At(map.Node("protocol")!), $"`protocol` must be one of {known}, not `{protocol}`{hint}");
        return null;
    }

    /// <summary>The post's address; a Nostr or AT Protocol post may be named by its own scheme rather than http(s).</summary>
    private static Uri? Uri(YamlMap map)
    {
        var text = map.String("uri", required: true);
        if (text is null)
            return null;
        if (System.Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "at" or "nostr")
            return uri;
        map.Context.Diagnostics.Error(map.Context.At(map.Node("uri")!), $"`uri` must be the full address of the post listeners reply to, not `{text}`");
        return null;
    }
}
