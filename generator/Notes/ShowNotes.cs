using Markdig.Syntax;
using PodcastSite.Markdown;
using PodcastSite.Model;

namespace PodcastSite.Notes;

/// <summary>
/// An episode's show notes as one document, in the order listeners meet them everywhere:
/// body, guests, chapters, links, YouTube, sponsors. The page, the feed and the `notes` command all render this.
/// </summary>
public sealed record ShowNotes(
    string BodyMarkdown,
    MarkdownDocument Body,
    IReadOnlyList<Person> Guests,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<Link> Links,
    Uri? YouTube,
    IReadOnlyList<Sponsor> Sponsors
)
{
    /// <summary>
    /// Why the body could not be read as Markdown (<see cref="MarkdownRendering.Parse(string, out string?)"/>), for
    /// <see cref="NotesChecks"/> to report; the body then stands as one plain paragraph.
    /// </summary>
    public string? BodyProblem { get; init; }

    /// <summary>The episode's notes, its body parsed anew: render them once for everything that shows them.</summary>
    public static ShowNotes Of(Episode episode)
    {
        // Read once, for the text and the tree alike.
        var body = episode.Body.Read();
        string? problem = null;
        var document = episode.BodyIsHtml ? HtmlNotesBlock.Document(body) : MarkdownRendering.Parse(body, out problem);
        return new(
            body,
            document,
            episode.Guests,
            episode.Chapters,
            episode.Links.Select(link => link is MarkdownLink line ? line with { Document = MarkdownRendering.ParseChecked(line.Markdown) } : link).ToList(),
            episode.YouTube,
            episode.Sponsors.Select(sponsor => sponsor with { Text = MarkdownRendering.ParseChecked(sponsor.TextMarkdown) }).ToList()
        )
        {
            BodyProblem = problem,
        };
    }
}
