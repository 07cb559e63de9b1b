using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>What each host's quirks become in the imported show: one line of one file each.</summary>
[Collection(ImportedHostShowsCollection.Name)]
public sealed class HostQuirkTests(ImportedHostShows shows)
{
    [Theory]
    // Libsyn: legacy `clean` is not explicit, legacy `yes` is; the show's guid is worked out from its feed address.
    [InlineData("libsyn", "podcast.yml", "explicit: false")]
    [InlineData("libsyn", "episodes/2023-08-11-bonus-listener-mailbag.md", "explicit: true")]
    [InlineData("libsyn", "podcast.yml", "guid: c72a2774-428d-58a6-8d5e-ee7adcb2fa36")]
    [InlineData("libsyn", "episodes/2023-08-15-ep-42-tomatoes-in-august.md", "title: \"Ep. 42: Tomatoes in August\"")]
    [InlineData("libsyn", "episodes/2023-08-15-ep-42-tomatoes-in-august.md", "Seeds we mention: [the seed library](https://seeds.example.org/library)")]
    // Buzzsprout: the GitHub namespace URI is the podcast namespace; every transcript and the chapters stay where they are.
    [InlineData("buzzsprout", "podcast.yml", "guid: 6b8e0f51-2ad3-5c47-9e1f-3a9d7c0b4e22")]
    [InlineData("buzzsprout", "podcast.yml", "  - url: https://www.buzzsprout.com/2098765/support\n    text: Support the show")]
    [InlineData(
        "buzzsprout",
        "podcast.yml",
        "hosts:\n  - name: Dana Whitfield\n    image: https://storage.buzzsprout.com/people/dana.jpg\n    url: https://danawhitfield.example/"
    )]
    [InlineData("buzzsprout", "episodes/2023-10-03-pricing-without-fear.md", "guest:\n  - name: Mo Adebayo\n    url: https://pricecraft.example/")]
    [InlineData(
        "buzzsprout",
        "episodes/2023-10-03-pricing-without-fear.md",
        "transcript:\n  - url: https://www.buzzsprout.com/2098765/13456789/transcript\n    type: text/html\n  - https://www.buzzsprout.com/2098765/13456789/transcript.json\n  - https://www.buzzsprout.com/2098765/13456789/transcript.vtt"
    )]
    [InlineData("buzzsprout", "episodes/2023-10-03-pricing-without-fear.md", "chapters: https://www.buzzsprout.com/2098765/13456789/chapters.json")]
    [InlineData("buzzsprout", "episodes/2023-10-03-pricing-without-fear.md", "date: 2023-10-03T05:00:00-04:00")]
    // Transistor: a serial show, its trailer, roles in capitals, a lock whose owner is the show's email.
    [InlineData("transistor", "podcast.yml", "type: serial")]
    [InlineData("transistor", "podcast.yml", "locked:\n  owner: studio@harbouraudio.example\n  value: true")]
    [InlineData("transistor", "episodes/2023-03-06-trailer-the-lighthouse-keepers.md", "type: trailer")]
    [InlineData("transistor", "episodes/2023-03-20-2-the-fog-bell.md", "  - name: Ines Carvalho\n    role: director\n    group: creative direction")]
    // Anchor: an enclosure holding another address stays byte for byte; `Yes` is explicit.
    [InlineData(
        "anchor",
        "episodes/2023-07-07-ep-3-the-remains-of-the-day.md",
        "url: https://anchor.fm/s/1a2b3c4d/podcast/play/73581234/https%3A%2F%2Fd3ctxlq1ktw2nl.cloudfront.net%2Fstaging%2F2023-6-7%2F7f3a2b1c-1234-5678-9abc-def012345678.mp3"
    )]
    [InlineData("anchor", "episodes/2023-06-07-ep-2-klara-and-the-sun.md", "explicit: true")]
    [InlineData("anchor", "episodes/2023-07-07-ep-3-the-remains-of-the-day.md", "Next month: *Piranesi*.")]
    [InlineData("anchor", "podcast.yml", "author: Priya & Jo")]
    // Podbean: minutes and seconds, kept as written.
    [InlineData("podbean", "episodes/2023-04-05-episode-12-the-hut-warden.md", "duration: \"45:10\"")]
    [InlineData("podbean", "podcast.yml", "  - Sports > Wilderness\n  - Society & Culture > Places & Travel")]
    // Megaphone: `-0000` is UTC; the podtrac prefix and query string stay on the enclosure.
    [InlineData("megaphone", "episodes/2023-05-15-banks-after-the-spring.md", "date: 2023-05-15T04:00:00Z")]
    [InlineData(
        "megaphone",
        "episodes/2023-05-15-banks-after-the-spring.md",
        "url: https://www.podtrac.com/pts/redirect.mp3/pdst.fm/e/traffic.megaphone.fm/HRB4729113548.mp3?updated=1684123456"
    )]
    [InlineData("megaphone", "episodes/2023-05-11-bonus-reading-an-annual-report.md", "type: bonus")]
    // Acast: notes with style and target attributes stay HTML, as they were.
    [InlineData("acast", "episodes/2023-05-17-s2-e5-oysters-with-marguerite.md", "notes_html: true")]
    [InlineData(
        "acast",
        "episodes/2023-05-17-s2-e5-oysters-with-marguerite.md",
        "<a style='color:grey;' target='_blank' rel='noopener noreferrer' href='https://acast.com/privacy'>"
    )]
    // Captivate: SubRip by its namespace name; a clean episode of an explicit show says so.
    [InlineData(
        "captivate",
        "episodes/2023-06-01-fingers-of-steel.md",
        "  - url: https://transcripts.captivate.fm/transcript/9b8a7c6d.srt\n    type: application/x-subrip\n    language: en"
    )]
    [InlineData("captivate", "episodes/2023-06-01-fingers-of-steel.md", "explicit: false")]
    [InlineData("captivate", "episodes/2023-06-01-fingers-of-steel.md", "- Max hangs\n- Repeaters\n- When to rest")]
    [InlineData("captivate", "podcast.yml", "language: en-GB")]
    // Castopod: roles in capitals, an audio editor among the episode's people.
    [InlineData(
        "castopod",
        "episodes/2023-09-09-moderation-at-small-scale.md",
        "  - name: Jonas Weber\n    role: audio editor\n    group: audio post-production"
    )]
    [InlineData("castopod", "episodes/2023-09-09-moderation-at-small-scale.md", "guest:\n  - name: Noor Haddad")]
    [InlineData("castopod", "podcast.yml", "locked:\n  owner: fieldnotes@example.social\n  value: true")]
    // Podlove: Simple Chapters to the millisecond; notes with headings stay HTML.
    [InlineData("podlove", "episodes/2023-04-30-gf042-gartnern-im-winter.md", "  - start: \"01:32.5\"\n    title: Feldsalat und Winterportulak")]
    [InlineData("podlove", "episodes/2023-04-30-gf042-gartnern-im-winter.md", "notes_html: true")]
    [InlineData("podlove", "podcast.yml", "language: de-DE")]
    // Squarespace: the relative link leads to the old site still; class attributes keep the notes HTML.
    [InlineData("squarespace", "episodes/2023-05-26-clay-kiln-and-patience.md", "<a href=\"https://www.studiohours.example/shop\">our shop</a>")]
    // Substack: the Apple-blocked bonus stays blocked.
    [InlineData("substack", "episodes/2023-09-01-members-q-a-september.md", "type: bonus\nblock: true")]
    [InlineData("substack", "episodes/2023-09-12-why-prices-are-sticky.md", "guid: substack:post:136789012")]
    // PowerPress: retired categories on Apple's current list; WordPress's entities as text; the relative link absolute.
    [InlineData("powerpress", "podcast.yml", "categories:\n  - Education\n  - Technology")]
    [InlineData("powerpress", "episodes/2023-05-04-episode-12-phones-in-the-classroom.md", "It’s the episode our head teacher asked us *not* to make.")]
    [InlineData(
        "powerpress",
        "episodes/2023-05-04-episode-12-phones-in-the-classroom.md",
        "[the resources page](https://teacherslounge.example.org/resources/phones-survey/)"
    )]
    [InlineData("powerpress", "episodes/2023-04-27-marking-season-survival-kit.md", "type: bonus")]
    // Hugo: permalink guids stay permalinks; relative art is found from the feed's own address.
    [InlineData("hugo", "episodes/2023-11-06-register-allocation-slowly.md", "guid_is_permalink: true")]
    [InlineData("hugo", "episodes/2023-11-06-register-allocation-slowly.md", "image: https://compilercoffee.example.dev/images/episodes/017.png")]
    [InlineData("hugo", "podcast.yml", "image: https://compilercoffee.example.dev/images/cover.png")]
    public void A_hosts_quirk_is_imported_as_podcast_apps_read_it(string host, string file, string expected)
    {
        var path = Path.Combine(shows.Of(host).Input, file);
        File.Exists(path)
            .ShouldBeTrue(
                $"{host}: no {file}; the import wrote {string.Join(", ", Directory.GetFiles(shows.Of(host).Input, "*", SearchOption.AllDirectories).Select(Path.GetFileName))}"
            );

        File.ReadAllText(path).ShouldContain(expected, Case.Sensitive, $"{host}: {file}");
    }

    [Fact]
    public void A_blog_post_among_the_episodes_is_left_out_and_said_to_be()
    {
        var import = shows.Of("squarespace").Import;

        import.Error.ShouldContain(
            "squarespace.xml(3,3247): warning: item `Studio Open Day: Photos` has no enclosure (no audio), so it is a post rather than an episode; it was not imported"
        );
        import.Out.ShouldContain(": 2 new items.");
    }

    [Fact]
    public void Every_hosts_show_builds_without_an_error()
    {
        foreach (var host in HostFeeds.All)
            shows.Of(host.Name).Build.Error.ShouldNotContain(": error:", Case.Sensitive, host.Name);
    }
}
