using System.Text;
using System.Text.RegularExpressions;
using PodcastSite.Notes;

using PodcastSite.Text;

namespace PodcastSite.Feed;

/// <summary>
/// An item's <c>description</c>: the summary and the notes' sections, with only the tags Apple renders, cut to
/// fit Apple's 4000-byte limit item by item so that every section that fits stays whole and readable.
/// </summary>
public static partial class FeedDescription
{
    public const int MaxBytes = 4000;

    private static readonly HashSet<string> AllowedTags = ["p", "a", "ul", "ol", "li", "strong", "em", "b", "i", "br"];

    public static string Build(string summary, IReadOnlyList<NotesSection> sections)
    {
        var html = new StringBuilder($"<p>{Html.Escape(summary)}</p>");
        foreach (var section in sections)
        {
            var heading = $"<p><strong>{Html.Escape(section.Heading)}</strong></p>";
            var (open, close) = section.AsList ? ("<ul>", "</ul>") : ("", "");
            var items = new StringBuilder();
            foreach (var item in section.Items.Select(Sanitise))
            {
                var piece = section.AsList ? $"<li>{item}</li>" : (item.StartsWith("<p>", StringComparison.Ordinal) ? item : $"<p>{item}</p>");
                if (Bytes(html) + Bytes(heading) + Bytes(open) + Bytes(items) + Bytes(piece) + Bytes(close) > MaxBytes) break;
                items.Append(piece);
            }
            if (items.Length == 0) break;
            html.Append(heading).Append(open).Append(items).Append(close);
        }
        return html.ToString();
    }

    /// <summary>Keeps the tags Apple renders and the text of every other tag.</summary>
    public static string Sanitise(string html) =>
        Tag().Replace(html, match => AllowedTags.Contains(match.Groups["name"].Value.ToLowerInvariant())
            ? (match.Groups["name"].Value.Equals("a", StringComparison.OrdinalIgnoreCase) && !match.Value.StartsWith("</", StringComparison.Ordinal)
                ? KeepHrefOnly(match.Value)
                : Regex.Replace(match.Value, @"\s[^>]*(?=/?>)", "").Replace("/>", ">"))
            : "");

    private static string KeepHrefOnly(string anchor)
    {
        var href = Href().Match(anchor);
        return href.Success ? $"<a href=\"{href.Groups[1].Value}\">" : "<a>";
    }

    private static int Bytes(object text) => Encoding.UTF8.GetByteCount(text.ToString()!);

    [GeneratedRegex(@"</?(?<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
