using Ganss.Xss;

namespace PodcastSite.Markdown;

/// <summary>
/// Notes kept as HTML (<c>notes_html: true</c>) come from an old host's feed, which anyone may have written: whatever in
/// them could run in a browser (scripts, event handlers, <c>javascript:</c> links, frames) or pass for the site itself
/// (a form asking for a password, a box laid over the whole page) is removed before they reach a page or the feed; the
/// text, links, lists and pictures stay. HtmlSanitizer reads the HTML as a browser does
/// (AngleSharp), where a pattern would miss `&lt;img/src=x/onerror=...&gt;` and its like.
/// </summary>
public static class HtmlNotesSanitizer
{
    private static HtmlSanitizer Configured()
    {
        var sanitizer = new HtmlSanitizer();
        // Old hosts' notes carry classes for their own styles; a class runs nothing.
        sanitizer.AllowedAttributes.Add("class");
        // HtmlSanitizer keeps forms by default: on our page one would post what a listener types to the feed author.
        foreach (var tag in FormTags)
            sanitizer.AllowedTags.Remove(tag);
        foreach (var attribute in FormAttributes)
            sanitizer.AllowedAttributes.Remove(attribute);
        // Styles stay for what notes use them for, the look of their text; none may move a box over the site's own.
        sanitizer.AllowedCssProperties.Clear();
        foreach (var property in TextStyles)
            sanitizer.AllowedCssProperties.Add(property);
        return sanitizer;
    }

    private static readonly string[] FormTags =
    [
        "form",
        "input",
        "button",
        "select",
        "option",
        "optgroup",
        "textarea",
        "label",
        "fieldset",
        "legend",
        "datalist",
        "output",
    ];

    private static readonly string[] FormAttributes =
    [
        "action",
        "method",
        "enctype",
        "formaction",
        "formmethod",
        "formenctype",
        "formtarget",
        "formnovalidate",
    ];

    private static readonly string[] TextStyles =
    [
        "color",
        "background-color",
        "font-weight",
        "font-style",
        "font-size",
        "font-family",
        "text-decoration",
        "text-align",
        "vertical-align",
        "white-space",
    ];

    // Configured once and only read afterwards: HtmlSanitizer cleans on many threads at once from one instance. Made
    // after the lists above, which static fields are in the order they are written.
    private static readonly HtmlSanitizer Sanitizer = Configured();

    public static string Clean(string html) => Sanitizer.Sanitize(html);
}
