using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>An item's description: the whole notes when they fit in Apple's 4000 bytes, else the summary and the sections that fit.</summary>
public sealed class FeedDescriptionTests
{
    private const string Sections = """
        links:
          - { title: The project, url: "https://example.com/project" }
        sponsor: { name: Acme, url: "https://acme.example.com", text: "Acme makes *anvils*." }
        guest:
        """;

    [Fact]
    public void Notes_that_fit_are_in_the_description_whole()
    {
        var body = """
            First paragraph, long enough to be cut by the summary rule if it were longer than it is.

            ## Topics

            - Anvils and [their history](https://example.com/anvils)
            - Coyotes

            The last paragraph, after the list.
            """;

        var description = Description(body);

        description.ShouldStartWith("<p>First paragraph");
        description.ShouldContain("<p><strong>Topics</strong></p>");
        description.ShouldContain("<li>Anvils and <a href=\"https://example.com/anvils\">their history</a></li>");
        description.ShouldContain("<p>The last paragraph, after the list.</p>");
        description.ShouldContain("<p><strong>Guests</strong></p>");
        description.ShouldContain("<a href=\"https://example.com/project\">The project</a>");
        description.ShouldEndWith("<p>Acme makes <em>anvils</em>.</p>");
        TagsOf(description).ShouldBeSubsetOf(["p", "a", "ul", "ol", "li", "strong", "em", "b", "i", "br"]);
    }

    [Fact]
    public void Notes_of_many_short_words_are_whole_up_to_the_last_bytes_that_fit()
    {
        // Spaces count as much as letters: the longest body that stays whole fills the description nearly to its limit.
        string Notes(int words) => Description(string.Join(' ', Enumerable.Repeat("ab", words)) + " END");
        var (fits, longer) = (100, 3000);
        while (longer - fits > 1)
        {
            var middle = (fits + longer) / 2;
            (fits, longer) = Notes(middle).Contains("END") ? (middle, longer) : (fits, middle);
        }

        Encoding.UTF8.GetByteCount(Notes(fits)).ShouldBeGreaterThan(3990, "notes that fit were summarised");
    }

    [Fact]
    public void A_longer_episode_gets_its_summary_cut_at_a_sentence_end_and_every_section_that_fits()
    {
        var opening =
            "The opening sentence says what the episode is about and who is in it, at some length, as first sentences of show notes tend to be. "
            + "The second sentence goes on well past the two hundred characters a summary may have, so the summary rule has to cut it somewhere in the middle of this sentence.";
        var body = opening + "\n\n" + string.Join("\n\n", Enumerable.Range(1, 100).Select(i => $"Paragraph {i} of a long conversation, transcribed."));

        var description = Description(body);

        Encoding.UTF8.GetByteCount(description).ShouldBeLessThanOrEqualTo(4000);
        description.ShouldStartWith(
            "<p>The opening sentence says what the episode is about and who is in it, at some length, as first sentences of show notes tend to be.</p><p><strong>Guests</strong></p>"
        );
        description.ShouldNotContain("Paragraph 1 of");
        description.ShouldContain("<a href=\"https://example.com/project\">The project</a>");
        description.ShouldEndWith("<p>Acme makes <em>anvils</em>.</p>");
    }

    [Fact]
    public void A_written_summary_of_a_longer_episode_is_kept_as_written()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 80).Select(i => $"Paragraph {i} of a long conversation, transcribed."));

        var description = Description(body, summary: "Wile E. Coyote on anvils, rockets and patience");

        description.ShouldStartWith("<p>Wile E. Coyote on anvils, rockets and patience</p><p><strong>Guests</strong></p>");
    }

    private static string Description(string body, string? summary = null)
    {
        var episode = TestSite.Episode.Replace("The first episode.", body).Replace("guest:", Sections);
        if (summary is not null)
            episode = episode.Replace("number: 1", $"number: 1\nsummary: {summary}");
        var feed = TestSite.Build(TestSite.Show + "\n" + episode).ShouldSucceed().Text("feed.xml");
        return XDocument.Parse(feed).Descendants("item").Single().Element("description")!.Value;
    }

    private static List<string> TagsOf(string html) => Regex.Matches(html, "<(\\w+)").Select(m => m.Groups[1].Value).Distinct().ToList();
}
