using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PodcastSite.Diagnostics;

namespace PodcastSite.Import;

/// <summary>The vocabularies of podcast feeds, told apart by namespace whatever spelling of its URI a host uses.</summary>
public enum Vocabulary
{
    Other,
    Rss,
    Itunes,
    Podcast,
    GooglePlay,
    Content,
    Atom,
    PodloveChapters,
}

/// <summary>
/// A feed's bytes as an XML tree with line and column on every node, and lookups that forgive what hosts get wrong:
/// a BOM or blank lines before the XML declaration, the encoding, the letter case of tag names, the two URIs of the
/// podcast namespace.
/// </summary>
public static partial class FeedXml
{
    /// <summary>The document, or null after an error that says where the XML breaks.</summary>
    public static XDocument? Load(byte[] bytes, string displayName, DiagnosticBag diagnostics)
    {
        var text = Decode(bytes);
        if (LooksLikeHtml(text))
        {
            diagnostics.Error(
                displayName,
                1,
                1,
                "this is a web page (HTML), not a podcast feed; give the address of the show's RSS feed (hosts link it as `RSS` on the show's page)"
            );
            return null;
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            // Feeds carry stray control characters in titles and notes; the build removes what XML forbids.
            CheckCharacters = false,
        };
        var xml = WithoutDeclaration(text);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var message = PositionSuffix().Replace(e.Message, "").TrimEnd('.');
            var column = Math.Max(1, e.LinePosition);
            if (BareAmpersand(xml, e.LineNumber, column) is { } ampersand)
            {
                column = ampersand;
                message =
                    "a `&` must be written `&amp;` in XML, and this one is not; the old host wrote a broken feed: ask it to fix this, or save the feed to a file, write `&amp;` there and import that file";
            }
            diagnostics.Error(displayName, Math.Max(1, e.LineNumber), column, $"the feed is not well-formed XML, so it cannot be read: {message}");
            return null;
        }
    }

    /// <summary>
    /// The column of the `&` just before where the reader gave up, when it starts no entity (`Tips & Tricks`): the
    /// reader reports the character after it, in words no podcaster knows.
    /// </summary>
    private static int? BareAmpersand(string xml, int lineNumber, int column)
    {
        var line = xml.Split('\n').ElementAtOrDefault(lineNumber - 1);
        if (line is null)
            return null;
        var at = line.LastIndexOf('&', Math.Min(column - 1, line.Length - 1));
        return at >= 0 && EntityStart().IsMatch(line[at..]) is false ? at + 1 : null;
    }

    /// <summary>
    /// The text the bytes hold: a BOM decides, else the encoding the declaration names (ISO-8859-1 and Windows code pages
    /// among them), else UTF-8. A byte sequence that is not valid in it becomes U+FFFD, as a browser shows it.
    /// </summary>
    private static string Decode(byte[] bytes)
    {
        if (bytes is [0xFE, 0xFF, ..])
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFF, 0xFE, ..])
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var head = Encoding.ASCII.GetString(bytes, start, Math.Min(300, bytes.Length - start));
        var declared = DeclaredEncoding().Match(head);
        var encoding = declared.Success ? EncodingNamed(declared.Groups[1].Value) : Encoding.UTF8;
        return encoding.GetString(bytes, start, bytes.Length - start);
    }

    private static Encoding EncodingNamed(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // Windows code pages come from the provider, asked directly rather than registered for the whole process.
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.UTF8;
        }
    }

    /// <summary>
    /// The text with the XML declaration (and any BOM or stray text before it) blanked out with spaces: the text is
    /// decoded already, and whitespace before the root is allowed where it is not before a declaration. Blanking keeps
    /// every line and column where the user's editor shows them.
    /// </summary>
    private static string WithoutDeclaration(string text)
    {
        var declaration = text.IndexOf("<?xml", StringComparison.Ordinal);
        var firstTag = text.IndexOf('<');
        var chars = text.ToCharArray();
        var end = declaration >= 0 && declaration == firstTag ? text.IndexOf("?>", declaration, StringComparison.Ordinal) : -1;
        var blankUntil = end >= 0 ? end + 2 : Math.Max(0, firstTag);
        for (var i = 0; i < blankUntil; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
                chars[i] = ' ';
        }
        return new string(chars);
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static Vocabulary VocabularyOf(XNamespace ns)
    {
        var uri = ns.NamespaceName.Trim().ToLowerInvariant().TrimEnd('/');
        uri = SchemeAndWww().Replace(uri, "");
        return uri switch
        {
            "" or "backend.userland.com/rss2" or "blogs.law.harvard.edu/tech/rss" => Vocabulary.Rss,
            "itunes.com/dtds/podcast-1.0.dtd" => Vocabulary.Itunes,
            "podcastindex.org/namespace/1.0" or "github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md" => Vocabulary.Podcast,
            "google.com/schemas/play-podcasts/1.0" => Vocabulary.GooglePlay,
            "purl.org/rss/1.0/modules/content" => Vocabulary.Content,
            "w3.org/2005/atom" => Vocabulary.Atom,
            "podlove.org/simple-chapters" => Vocabulary.PodloveChapters,
            _ => Vocabulary.Other,
        };
    }

    /// <summary>The children of <paramref name="parent"/> with this name, in any letter case (<c>itunes:episodetype</c> is seen in the wild).</summary>
    public static IEnumerable<XElement> All(XElement parent, Vocabulary vocabulary, string name) =>
        parent.Elements().Where(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase) && VocabularyOf(e.Name.Namespace) == vocabulary);

    public static XElement? One(XElement parent, Vocabulary vocabulary, string name) => All(parent, vocabulary, name).FirstOrDefault();

    /// <summary>The element's text (CDATA and entities decoded), trimmed; null when it is missing or empty.</summary>
    public static string? TextOf(XElement parent, Vocabulary vocabulary, string name) => NonEmpty(One(parent, vocabulary, name)?.Value);

    public static string? Attribute(XElement? element, string name) =>
        NonEmpty(
            element
                ?.Attributes()
                .FirstOrDefault(a => a.Name.Namespace == XNamespace.None && a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?.Value
        );

    public static string? NonEmpty(string? text) => text?.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>Where the node is in the feed: the start of an element's tag, an attribute's name.</summary>
    public static SourcePosition At(XObject node, string displayName)
    {
        var info = (IXmlLineInfo)node;
        var column = node is XElement ? Math.Max(1, info.LinePosition - 1) : info.LinePosition;
        return new SourcePosition(displayName, info.LineNumber, column);
    }

    [GeneratedRegex(@"^&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_][A-Za-z0-9._-]*);")]
    private static partial Regex EntityStart();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']")]
    private static partial Regex DeclaredEncoding();

    [GeneratedRegex(@"^https?://(www\.)?")]
    private static partial Regex SchemeAndWww();
}
