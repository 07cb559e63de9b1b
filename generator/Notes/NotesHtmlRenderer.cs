using System.Text;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Text;

namespace PodcastSite.Notes;

/// <summary>
/// Show notes as HTML. On a page, chapters seek the player and guests link to their pages; in a feed every URL is
/// absolute and headings are plain paragraphs, since Apple renders only p, ul, ol, li and a.
/// </summary>
public static class NotesHtmlRenderer
{
    /// <param name="pageUrl">The episode's page: in a feed, where there is no page to be relative to, relative links
    /// and fragments (footnotes) in the Markdown are made absolute against it.</param>
    /// <param name="siteUrl">The site's base URL: links written from the root (`/about/`) are put under it.</param>
    public static string Render(ShowNotes notes, NotesStrings strings, HtmlTarget target, Uri pageUrl, Uri siteUrl, Func<Person, Uri?> guestPage) =>
        Render(MarkdownRendering.ToHtml(notes.Body, target, pageUrl, siteUrl), Sections(notes, strings, target, pageUrl, siteUrl, guestPage), target);

    /// <summary>The notes from their body and sections already rendered (the feed shares both with the description).</summary>
    public static string Render(string bodyHtml, IReadOnlyList<NotesSection> sections, HtmlTarget target)
    {
        // Sized for all of it at once: the notes are the largest piece of a page and of a feed item, made for both.
        var html = new StringBuilder(bodyHtml, bodyHtml.Length + sections.Sum(s => s.HtmlLengthEstimate));
        foreach (var section in sections)
            section.AppendHtml(html, target);
        return html.ToString();
    }

    /// <summary>The notes after the body, as sections of items, shared with the feed's size-limited description.</summary>
    public static IReadOnlyList<NotesSection> Sections(
        ShowNotes notes,
        NotesStrings strings,
        HtmlTarget target,
        Uri pageUrl,
        Uri siteUrl,
        Func<Person, Uri?> guestPage
    )
    {
        var sections = new List<NotesSection>();
        if (notes.Guests.Count > 0)
            sections.Add(
                new NotesSection(
                    "guests",
                    strings.Guests,
                    notes.Guests.Select(g => guestPage(g) is { } page ? Anchor(page.ToString(), g.Name) : Html.Escape(g.Name)).ToList()
                )
            );
        if (notes.Chapters.Count > 0)
            sections.Add(new NotesSection("chapters", strings.Chapters, notes.Chapters.Select(c => ChapterItem(c, target)).ToList()));
        if (notes.Links.Count > 0)
            sections.Add(new NotesSection("links", strings.Links, notes.Links.Select(l => LinkItem(l, target, pageUrl, siteUrl)).ToList()));
        if (notes.YouTube is { } youtube)
            sections.Add(new NotesSection("youtube", strings.YouTube, [Anchor(youtube.AbsoluteUri, youtube.AbsoluteUri)], AsList: false));
        if (notes.Sponsors.Count > 0)
            sections.Add(
                new NotesSection(
                    "sponsors",
                    strings.SponsorHeading(notes.Sponsors.Count),
                    notes.Sponsors.Select(s => SponsorItem(s, target, pageUrl, siteUrl)).ToList(),
                    AsList: false
                )
            );
        return sections;
    }

    private static string ChapterItem(Chapter chapter, HtmlTarget target)
    {
        var time = DurationText.Format(chapter.Start);
        var title = chapter.Url is null ? Html.Escape(chapter.Title) : Anchor(chapter.Url.AbsoluteUri, chapter.Title);
        if (target == HtmlTarget.Feed)
            return $"{time} {title}";
        var seconds = DurationText.WholeSeconds(chapter.Start);
        return $"<a class=\"timestamp\" href=\"#t={seconds}\" data-seek=\"{seconds}\">{time}</a> {title}";
    }

    private static string LinkItem(Link link, HtmlTarget target, Uri pageUrl, Uri siteUrl) =>
        link switch
        {
            TitledLink titled => Anchor(titled.Url.AbsoluteUri, titled.Title),
            MarkdownLink markdown => MarkdownRendering.InlineToHtml(markdown.Document ?? MarkdownRendering.Parse(markdown.Markdown), target, pageUrl, siteUrl),
            _ => throw new ArgumentOutOfRangeException(nameof(link)),
        };

    private static string SponsorItem(Sponsor sponsor, HtmlTarget target, Uri pageUrl, Uri siteUrl)
    {
        var name = sponsor.Url is null ? $"<strong>{Html.Escape(sponsor.Name)}</strong>" : $"<strong>{Anchor(sponsor.Url.AbsoluteUri, sponsor.Name)}</strong>";
        var text = MarkdownRendering.ToHtml(sponsor.Text ?? MarkdownRendering.Parse(sponsor.TextMarkdown), target, pageUrl, siteUrl).Trim();
        return $"<p>{name}</p>{text}";
    }

    public static string Anchor(string url, string text) => $"<a href=\"{Html.Escape(url)}\">{Html.Escape(text)}</a>";
}
