using System.Text.RegularExpressions;
using PodcastSite.Markdown;
using PodcastSite.Text;

namespace PodcastSite.Notes;

/// <summary>One section of the notes after the body: a heading and its items (already HTML).</summary>
public sealed partial record NotesSection(string Kind, string Heading, IReadOnlyList<string> Items, bool AsList = true)
{
    public string ToHtml(HtmlTarget target)
    {
        // On a page the theme draws each section's icon (class notes-KIND); an emoji in the heading would show as a
        // box on a device without an emoji font. Feeds and pasted notes keep it: there, it is the only icon.
        var heading =
            target == HtmlTarget.Page ? $"<h2>{Html.Escape(LeadingSymbols().Replace(Heading, ""))}</h2>" : $"<p><strong>{Html.Escape(Heading)}</strong></p>";
        var items = AsList
            ? "<ul>" + string.Concat(Items.Select(i => $"<li>{i}</li>")) + "</ul>"
            : string.Concat(Items.Select(i => i.StartsWith("<p>", StringComparison.Ordinal) ? i : $"<p>{i}</p>"));
        return target == HtmlTarget.Page ? $"<section class=\"notes-{Kind}\">{heading}{items}</section>\n" : heading + items + "\n";
    }

    [GeneratedRegex(@"^(?:\p{So}|\p{Cs}|\p{Sk}|\p{Mn}|\u200D|\s)+")]
    private static partial Regex LeadingSymbols();
}
