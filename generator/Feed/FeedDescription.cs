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
        var bytes = Bytes(html.ToString());
        foreach (var section in sections)
        {
            var heading = $"<p><strong>{Html.Escape(section.Heading)}</strong></p>";
            var (open, close) = section.AsList ? ("<ul>", "</ul>") : ("", "");
            var frame = Bytes(heading) + Bytes(open) + Bytes(close);
            var items = new StringBuilder();
            var itemBytes = 0;
            foreach (var item in section.Items.Select(Sanitise))
            {
                var piece = section.AsList ? $"<li>{item}</li>" : (item.StartsWith("<p>", StringComparison.Ordinal) ? item : $"<p>{item}</p>");
                var pieceBytes = Bytes(piece);
                if (bytes + frame + itemBytes + pieceBytes > MaxBytes) break;
                items.Append(piece);
                itemBytes += pieceBytes;
            }
            if (items.Length == 0) break;
            html.Append(heading).Append(open).Append(items).Append(close);
            bytes += frame + itemBytes;
        }
        return html.ToString();
    }

    /// <summary>Keeps the tags Apple renders and the text of every other tag.</summary>
    public static string Sanitise(string html) => OnlyPlainAllowedTags(html) ? html : Tag().Replace(html, match => AllowedTags.Contains(match.Groups["name"].Value.ToLowerInvariant())
            ? (match.Groups["name"].Value.Equals("a", StringComparison.OrdinalIgnoreCase) && !match.Value.StartsWith("</", StringComparison.Ordinal)
                ? KeepHrefOnly(match.Value)
                : Regex.Replace(match.Value, @"\s[^>]*(?=/?>)", "").Replace("/>", ">"))
            : "");

    // Most items are text and links already: tell so in one pass instead of rewriting every tag.
    private static bool OnlyPlainAllowedTags(string html)
    {
        for (var at = html.IndexOf('<'); at >= 0; at = html.IndexOf('<', at + 1))
        {
            var close = html.IndexOf('>', at);
            if (close < 0) return false;
            var tag = html.AsSpan(at + 1, close - at - 1);
            if (tag.StartsWith("/")) tag = tag[1..];
            var name = tag;
            var space = tag.IndexOf(' ');
            if (space >= 0)
            {
                name = tag[..space];
                // Only a bare href may stay on a tag, and only on a link.
                if (!name.SequenceEqual("a") || !tag[space..].StartsWith(" href=\"") || tag[(space + 7)..].IndexOf('"') != tag.Length - space - 8) return false;
            }
            if (!AllowedTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) return false;
        }
        return true;
    }

    private static string KeepHrefOnly(string anchor)
    {
        var href = Href().Match(anchor);
        return href.Success ? $"<a href=\"{href.Groups[1].Value}\">" : "<a>";
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    [GeneratedRegex(@"</?(?<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
