using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;
using AngleSharp.Html.Parser;
using Shouldly;

namespace PodcastSite.Tests.Hostile;

/// <summary>
/// The <c>checks</c> file: what a build that succeeded must have written, for inputs that are legal but dangerous
/// (<c>]]&gt;</c> or <c>&lt;/script&gt;</c> in a title). One check a line, paths relative to the case folder, TEXT with
/// <c>&lt;U+XXXX&gt;</c> escapes:
/// <list type="bullet">
/// <item><c>xml PATH</c>: the file is well-formed XML (System.Xml, with its character checks).</item>
/// <item><c>xml-text PATH XPATH = TEXT</c>: the first element found has exactly this text; <c>~ TEXT</c>: contains it.
/// The prefixes <c>itunes</c>, <c>content</c>, <c>podcast</c> and <c>atom</c> are bound.</item>
/// <item><c>html-text PATH CSS = TEXT</c>: the first element the CSS selector finds has exactly this text; <c>~ TEXT</c>: contains it.</item>
/// <item><c>contains PATH TEXT</c> and <c>lacks PATH TEXT</c>: the file's raw text has, or has not, TEXT.</item>
/// </list>
/// </summary>
public static class OutputChecks
{
    private static readonly XmlNamespaceManager Namespaces = FeedNamespaces();

    public static void Run(string checksFile, string showFolder)
    {
        foreach (var line in HostileCase.Lines(checksFile))
        {
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            var path = Path.Combine(showFolder, parts[1]);
            File.Exists(path).ShouldBeTrue($"check `{line}`: the build wrote no `{parts[1]}`");
            var text = File.ReadAllText(path);
            var rest = parts.Length > 2 ? VisibleText.Decode(parts[2]) : "";
            switch (parts[0])
            {
                case "xml":
                    Should.NotThrow(() => LoadXml(path), $"check `{line}`: `{parts[1]}` is not well-formed XML");
                    break;
                case "xml-text":
                    var inFeed = TextExpectation.Parse(rest, line);
                    var element = LoadXml(path).XPathSelectElement(inFeed.Where, Namespaces);
                    element.ShouldNotBeNull($"check `{line}`: nothing in `{parts[1]}` matches `{inFeed.Where}`");
                    inFeed.Check(element.Value, line);
                    break;
                case "html-text":
                    var inPage = TextExpectation.Parse(rest, line);
                    var found = new HtmlParser().ParseDocument(text).QuerySelector(inPage.Where);
                    found.ShouldNotBeNull($"check `{line}`: nothing in `{parts[1]}` matches `{inPage.Where}`");
                    inPage.Check(found.TextContent.Trim(), line);
                    break;
                case "contains":
                    text.ShouldContain(rest, Case.Sensitive, $"check `{line}`");
                    break;
                case "lacks":
                    text.ShouldNotContain(rest, Case.Sensitive, $"check `{line}`");
                    break;
                default:
                    throw new InvalidOperationException($"{checksFile}: unknown check `{parts[0]}` in `{line}`; see OutputChecks.cs");
            }
        }
    }

    private static XDocument LoadXml(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true });
        return XDocument.Load(reader);
    }

    private static XmlNamespaceManager FeedNamespaces()
    {
        var namespaces = new XmlNamespaceManager(new NameTable());
        namespaces.AddNamespace("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd");
        namespaces.AddNamespace("content", "http://purl.org/rss/1.0/modules/content/");
        namespaces.AddNamespace("podcast", "https://podcastindex.org/namespace/1.0");
        namespaces.AddNamespace("atom", "http://www.w3.org/2005/Atom");
        return namespaces;
    }

    /// <summary><c>WHERE = TEXT</c> (exactly this text) or <c>WHERE ~ TEXT</c> (contains it).</summary>
    private sealed record TextExpectation(string Where, bool Exact, string Text)
    {
        public static TextExpectation Parse(string rest, string line)
        {
            foreach (var (separator, exact) in new[] { (" = ", true), (" ~ ", false) })
            {
                var at = rest.IndexOf(separator, StringComparison.Ordinal);
                if (at > 0)
                    return new TextExpectation(rest[..at], exact, rest[(at + separator.Length)..]);
            }
            throw new InvalidOperationException($"check `{line}` should read `VERB PATH WHERE = TEXT` or `VERB PATH WHERE ~ TEXT`");
        }

        public void Check(string actual, string line)
        {
            // One call a line: Shouldly names the value it checks after the source line.
            if (Exact)
                actual.ShouldBe(Text, $"check `{line}`");
            else
                actual.ShouldContain(Text, Case.Sensitive, $"check `{line}`");
        }
    }
}
