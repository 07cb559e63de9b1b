using System.Text.Json;
using PodcastSite.Feed;

namespace PodcastSite.Tests.Support;

/// <summary>
/// What the W3C feed validator (in check-feed's report) warns about that a feed of ours must not cause. It knows no
/// Podlove Simple Chapters and calls psc an unknown namespace; Spotify reads chapters only from psc (or from the
/// description), so a feed with chapters keeps psc:chapters and that one warning is allowed. Any other counts.
/// </summary>
public static class W3cWarnings
{
    private static readonly string UnknownPsc = $"Use of unknown namespace: {SimpleChapters.Namespace} [UnknownNamespace]";

    public static IReadOnlyList<string> Unexpected(JsonElement w3c) =>
        w3c.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).Where(w => !w.EndsWith(UnknownPsc, StringComparison.Ordinal)).ToList();
}
