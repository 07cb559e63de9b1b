using System.Xml;
using PodcastSite.Text;

namespace PodcastSite.Feed;

/// <summary>
/// An <see cref="XmlWriter"/> that removes <see cref="ForbiddenCharacters"/> from every text, attribute value and CDATA
/// section it writes: the one place the feed is cleaned, so no field of podcast.yml or front matter, present or to
/// come, can make the feed ill-formed or make the writer throw in the middle of a build.
/// </summary>
public sealed class CleanXmlWriter(XmlWriter inner) : XmlWriter
{
    public override WriteState WriteState => inner.WriteState;

    public override XmlWriterSettings? Settings => inner.Settings;

    public override void WriteString(string? text) => inner.WriteString(text is null ? null : ForbiddenCharacters.Remove(text));

    public override void WriteCData(string? text) => inner.WriteCData(text is null ? null : ForbiddenCharacters.Remove(text));

    public override void WriteChars(char[] buffer, int index, int count) => WriteString(new string(buffer, index, count));

    public override void WriteComment(string? text) => inner.WriteComment(text is null ? null : ForbiddenCharacters.Remove(text));

    public override void WriteRaw(string data) => inner.WriteRaw(ForbiddenCharacters.Remove(data));

    public override void WriteRaw(char[] buffer, int index, int count) => WriteRaw(new string(buffer, index, count));

    public override void WriteStartDocument() => inner.WriteStartDocument();

    public override void WriteStartDocument(bool standalone) => inner.WriteStartDocument(standalone);

    public override void WriteEndDocument() => inner.WriteEndDocument();

    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => inner.WriteDocType(name, pubid, sysid, subset);

    public override void WriteStartElement(string? prefix, string localName, string? ns) => inner.WriteStartElement(prefix, localName, ns);

    public override void WriteEndElement() => inner.WriteEndElement();

    public override void WriteFullEndElement() => inner.WriteFullEndElement();

    public override void WriteStartAttribute(string? prefix, string localName, string? ns) => inner.WriteStartAttribute(prefix, localName, ns);

    public override void WriteEndAttribute() => inner.WriteEndAttribute();

    public override void WriteProcessingInstruction(string name, string? text) => inner.WriteProcessingInstruction(name, text);

    public override void WriteEntityRef(string name) => inner.WriteEntityRef(name);

    public override void WriteCharEntity(char ch) => WriteString(ch.ToString());

    public override void WriteSurrogateCharEntity(char lowChar, char highChar) => WriteString(new string([highChar, lowChar]));

    public override void WriteWhitespace(string? ws) => inner.WriteWhitespace(ws);

    public override void WriteBase64(byte[] buffer, int index, int count) => inner.WriteBase64(buffer, index, count);

    public override void Flush() => inner.Flush();

    public override string? LookupPrefix(string ns) => inner.LookupPrefix(ns);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
