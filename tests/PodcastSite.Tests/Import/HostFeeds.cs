namespace PodcastSite.Tests.Import;

/// <summary>
/// Feeds in Fixtures/ written the way each host writes its feeds, with the quirks podcasters bring along when they
/// move (the shows are invented; the shapes are the hosts').
/// </summary>
public static class HostFeeds
{
    public sealed record Host(string Name, string Quirks)
    {
        public string Path => Support.Repo.PathOf($"tests/PodcastSite.Tests/Import/Fixtures/{Name}.xml");

        public override string ToString() => Name;
    }

    public static readonly IReadOnlyList<Host> All =
    [
        new(
            "libsyn",
            "CDATA guids and links, legacy itunes:explicit `clean` and `yes`, numbers in titles beside itunes:episode, itunes:title apart from title, query strings on enclosures, podcast:locked without podcast:guid"
        ),
        new(
            "buzzsprout",
            "the older GitHub URI of the podcast namespace, podcast:guid, funding, host and guest persons, three transcripts (HTML, JSON, VTT), podcast:chapters as application/json, `-0400` dates, single-quoted attributes and rel=payment in notes"
        ),
        new(
            "transistor",
            "a serial show with a trailer, roles in capitals (`Director` in `Creative Direction`), itunes:new-feed-url pointing at itself, podcast:locked without owner, text and VTT transcripts, CDATA notes on lines of their own, `-0700` and `-0800` dates"
        ),
        new(
            "anchor",
            "Spotify for Creators (Anchor): everything in CDATA, language in CDATA, `No`/`Yes` explicit, an enclosure URL holding another percent-encoded URL, itunes:summary as entity-escaped HTML, a feed on one line"
        ),
        new(
            "podbean",
            "`no` explicit, MM:SS durations, `<p>&nbsp;</p>` spacers, guids that look like host paths, spotify: and wfw: extensions, a plain RSS category beside itunes:category"
        ),
        new(
            "megaphone",
            "`-0000` dates, podtrac redirect prefixes on enclosures, CDATA guids, `&amp;` in image query strings, empty itunes:subtitle, channel content:encoded, a bonus without a number"
        ),
        new(
            "acast",
            "acast: extension elements, 24-hex guids, style and target attributes in the Acast footer of the notes, `<br>` between paragraphs, itunes:new-feed-url"
        ),
        new(
            "captivate",
            "podcast:guid, two funding links, host and co-host restated in items with a guest, podcast:season name and podcast:episode display, SubRip as `application/srt`, `+0100` dates, explicit show with clean episodes, `en-GB`"
        ),
        new(
            "castopod",
            "entity-escaped HTML in description beside CDATA content:encoded, roles in capitals (`Host`, `Guest`, `Audio Editor`), URL guids with isPermaLink=\"false\", soundbites, location, socialInteract, licence"
        ),
        new(
            "podlove",
            "Podlove Simple Chapters with milliseconds beside podcast:chapters, German text with umlauts, podlove-… guids, a transcript URL without extension, headings in content:encoded, atom payment links, fh:complete"
        ),
        new(
            "squarespace",
            "a comment before the root, a blog post without enclosure among the episodes, entity-escaped notes with class attributes, an empty paragraph and a relative link, `?format=1500w` art, media:content"
        ),
        new(
            "substack",
            "CDATA everywhere, guids that are not addresses, images and spans in content:encoded, a bonus episode blocked from Apple (itunes:block), googleplay:image"
        ),
        new(
            "powerpress",
            "WordPress with Blubrry PowerPress: a BOM and blank lines before the XML declaration, googleplay: and rawvoice: tags, retired Apple categories (`Educational Technology`, `Podcasting`), `&#8217;` in notes, a relative link, MM:SS durations, lowercase itunes:episodetype"
        ),
        new(
            "hugo",
            "a static site's hand-written template: guids that are permalinks (no isPermaLink attribute), relative itunes:image paths, entity-escaped notes with a relative link, `+0100` and `+0200` dates"
        ),
    ];

    public static Host Named(string name) => All.Single(h => h.Name == name);
}
