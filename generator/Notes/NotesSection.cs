using System.Text;
using System.Text.RegularExpressions;
using PodcastSite.Markdown;
using PodcastSite.Text;

namespace PodcastSite.Notes;

/// <summary>One section of the notes after the body: a heading and its items (already HTML).</summary>
public sealed partial record NotesSection(string Kind, string Heading, IReadOnlyList<string> Items, bool AsList = true)
{
    /// <summary>Writes the section onto the notes being made, without a string of its own.</summary>
    public void AppendHtml(StringBuilder html, HtmlTarget target)
    {
        // On a page the theme draws each section's icon (class notes-KIND); an emoji in the heading would show as a
        // box on a device without an emoji font. Feeds and pasted notes keep it: there, it is the only icon.
        if (target == HtmlTarget.Page)
            html.Append($"<section class=\"notes-{Kind}\"><h2>{Html.Escape(LeadingSymbols().Replace(Heading, ""))}</h2>");
        else
            html.Append($"<p><strong>{Html.Escape(Heading)}</strong></p>");
        if (AsList)
            html.Append("<ul>");
        foreach (var item in Items)
        {
            if (AsList)
                html.Append("<li>").Append(item).Append("</li>");
            else if (item.StartsWith("<p>", StringComparison.Ordinal))
                html.Append(item);
            else
                html.Append("<p>").Append(item).Append("</p>");
        }
        if (AsList)
            html.Append("</ul>");
        html.Append(target == HtmlTarget.Page ? "</section>\n" : "\n");
    }

    /// <summary>About how many chars <see cref="AppendHtml"/> writes, to size the notes' buffer once.</summary>
    public int HtmlLengthEstimate => 128 + Heading.Length + Items.Sum(i => i.Length + 9);

    [GeneratedRegex(@"^(?:\p{So}|\p{Cs}|\p{Sk}|\p{Mn}|\u200D|\s)+")]
    private static partial Regex LeadingSymbols();
}
