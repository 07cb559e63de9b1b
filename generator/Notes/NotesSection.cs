using PodcastSite.Markdown;
using PodcastSite.Text;

namespace PodcastSite.Notes;

/// <summary>One section of the notes after the body: a heading and its items (already HTML).</summary>
public sealed record NotesSection(string Kind, string Heading, IReadOnlyList<string> Items, bool AsList = true)
{
    public string ToHtml(HtmlTarget target)
    {
        var heading = target == HtmlTarget.Page
            ? $"<h2>{Html.Escape(Heading)}</h2>"
            : $"<p><strong>{Html.Escape(Heading)}</strong></p>";
        var items = AsList
            ? "<ul>" + string.Concat(Items.Select(i => $"<li>{i}</li>")) + "</ul>"
            : string.Concat(Items.Select(i => i.StartsWith("<p>", StringComparison.Ordinal) ? i : $"<p>{i}</p>"));
        return target == HtmlTarget.Page
            ? $"<section class=\"notes-{Kind}\">{heading}{items}</section>\n"
            : heading + items + "\n";
    }
}
