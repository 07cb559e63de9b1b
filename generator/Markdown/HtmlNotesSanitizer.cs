using Ganss.Xss;

namespace PodcastSite.Markdown;

/// <summary>
/// Notes kept as HTML (<c>notes_html: true</c>) come from an old host's feed, which anyone may have written: whatever in
/// them could run in a browser (scripts, event handlers, <c>javascript:</c> links, frames, forms) is removed before they
/// reach a page or the feed; the text, links, lists and pictures stay. HtmlSanitizer reads the HTML as a browser does
/// (AngleSharp), where a pattern would miss `&lt;img/src=x/onerror=...&gt;` and its like.
/// </summary>
public static class HtmlNotesSanitizer
{
    // Configured once and only read afterwards: HtmlSanitizer cleans on many threads at once from one instance.
    private static readonly HtmlSanitizer Sanitizer = Configured();

    private static HtmlSanitizer Configured()
    {
        var sanitizer = new HtmlSanitizer();
        // Old hosts' notes carry classes for their own styles; a class runs nothing.
        sanitizer.AllowedAttributes.Add("class");
        return sanitizer;
    }

    public static string Clean(string html) => Sanitizer.Sanitize(html);
}
