using System.Text;
using PodcastSite.Model;

namespace PodcastSite.Audio;

/// <summary>
/// ID3v2.2/2.3/2.4 at the start of an MP3: its size (to find the audio after it) and its CHAP/CTOC chapters.
/// Frames other than chapters (cover pictures can be megabytes) are skipped by seeking, not read.
/// </summary>
internal static class Id3v2Tag
{
    public sealed record Result(long End, IReadOnlyList<Chapter> Chapters);

    private sealed record RawChapter(string Id, uint StartMs, string? Title, Uri? Url);

    public static bool StartsAt(ReadOnlySpan<byte> b) => b.Length >= 10 && ByteReading.Matches(b, 0, "ID3") && b[3] is >= 2 and <= 4;

    public static Result Read(Stream stream, long offset)
    {
        var header = ByteReading.ReadAt(stream, offset, 10);
        var major = header[3];
        var flags = header[5];
        var size = ByteReading.SyncSafe(header, 6);
        var hasFooter = major == 4 && (flags & 0x10) != 0;
        var end = offset + 10 + size + (hasFooter ? 10 : 0);
        if (end > stream.Length)
            throw new AudioFormatException("the ID3 tag runs past the end of the file (the file is truncated)");
        if (major == 2)
            return new Result(end, []); // ID3v2.2 has no chapter frames

        var wholeTagUnsynchronised = (flags & 0x80) != 0;
        long position = offset + 10;
        var tagEnd = offset + 10 + size;
        byte[]? body = null;
        if (wholeTagUnsynchronised && major == 3)
        {
            // ID3v2.3 unsynchronises the whole tag: undo it once, then read frames from memory.
            body = RemoveUnsynchronisation(ByteReading.ReadAt(stream, position, size));
            stream = new MemoryStream(body);
            position = 0;
            tagEnd = body.Length;
        }
        if ((flags & 0x40) != 0)
        {
            var extended = ByteReading.ReadAt(stream, position, 4);
            position += major == 4 ? ByteReading.SyncSafe(extended, 0) : ByteReading.UInt32BE(extended, 0) + 4;
        }

        var chapters = new List<RawChapter>();
        List<string>? order = null;
        while (position + 10 <= tagEnd)
        {
            var frameHeader = ByteReading.ReadAt(stream, position, 10);
            if (frameHeader[0] == 0)
                break; // padding
            var id = Encoding.ASCII.GetString(frameHeader, 0, 4);
            var frameSize = major == 4 ? ByteReading.SyncSafe(frameHeader, 4) : (int)ByteReading.UInt32BE(frameHeader, 4);
            var formatFlags = frameHeader[9];
            if (frameSize < 0 || position + 10 + frameSize > tagEnd)
                break;
            if (id is "CHAP" or "CTOC")
            {
                var content = ByteReading.ReadAt(stream, position + 10, frameSize);
                if (major == 4 && ((formatFlags & 0x02) != 0 || wholeTagUnsynchronised))
                    content = RemoveUnsynchronisation(content);
                if (major == 4 && (formatFlags & 0x01) != 0)
                    content = content.Length >= 4 ? content[4..] : []; // data length indicator; a frame too short for it holds no chapter
                if (id == "CHAP" && ParseChap(content, major) is { } chapter)
                    chapters.Add(chapter);
                if (id == "CTOC" && ParseTopLevelCtoc(content) is { } ids)
                    order = ids;
            }
            position += 10 + frameSize;
        }

        var ordered = order is null
            ? chapters.OrderBy(c => c.StartMs)
            : chapters.OrderBy(c => order.IndexOf(c.Id) is var i and >= 0 ? i : int.MaxValue).ThenBy(c => c.StartMs);
        return new Result(
            end,
            ordered.Select((c, i) => new Chapter(TimeSpan.FromMilliseconds(c.StartMs), c.Title ?? $"Chapter {i + 1}", c.Url, null)).ToList()
        );
    }

    private static RawChapter? ParseChap(byte[] content, int major)
    {
        var idEnd = Array.IndexOf(content, (byte)0);
        if (idEnd < 0 || idEnd + 17 > content.Length)
            return null;
        var id = Encoding.Latin1.GetString(content, 0, idEnd);
        var startMs = ByteReading.UInt32BE(content, idEnd + 1);
        string? title = null;
        Uri? url = null;
        var position = idEnd + 17;
        while (position + 10 <= content.Length)
        {
            var subId = Encoding.ASCII.GetString(content, position, 4);
            var subSize = major == 4 ? ByteReading.SyncSafe(content, position + 4) : (int)ByteReading.UInt32BE(content, position + 4);
            if (subSize <= 0 || position + 10 + subSize > content.Length)
                break;
            var sub = content.AsSpan(position + 10, subSize);
            if (subId == "TIT2")
                title = DecodeText(sub[0], sub[1..]).TrimEnd('\0');
            if (subId == "WXXX")
                url = ParseWxxx(sub);
            position += 10 + subSize;
        }
        return new RawChapter(id, startMs, string.IsNullOrWhiteSpace(title) ? null : title, url);
    }

    /// <summary>The child chapter ids of the top-level table of contents, in play order.</summary>
    private static List<string>? ParseTopLevelCtoc(byte[] content)
    {
        var idEnd = Array.IndexOf(content, (byte)0);
        if (idEnd < 0 || idEnd + 3 > content.Length)
            return null;
        var flags = content[idEnd + 1];
        if ((flags & 0x02) == 0)
            return null; // not the top-level table
        var count = content[idEnd + 2];
        var ids = new List<string>();
        var position = idEnd + 3;
        for (var i = 0; i < count && position < content.Length; i++)
        {
            var end = Array.IndexOf(content, (byte)0, position);
            if (end < 0)
                end = content.Length;
            ids.Add(Encoding.Latin1.GetString(content, position, end - position));
            position = end + 1;
        }
        return ids;
    }

    private static Uri? ParseWxxx(ReadOnlySpan<byte> sub)
    {
        var encoding = sub[0];
        var rest = sub[1..];
        var terminator = encoding is 1 or 2 ? 2 : 1;
        var descriptionEnd = FindTerminator(rest, terminator);
        if (descriptionEnd < 0)
            return null;
        var urlText = Encoding.Latin1.GetString(rest[(descriptionEnd + terminator)..]).TrimEnd('\0').Trim();
        return Uri.TryCreate(urlText, UriKind.Absolute, out var url) ? url : null;
    }

    private static int FindTerminator(ReadOnlySpan<byte> b, int width)
    {
        for (var i = 0; i + width <= b.Length; i += width)
            if (b[i] == 0 && (width == 1 || b[i + 1] == 0))
                return i;
        return -1;
    }

    private static string DecodeText(byte encoding, ReadOnlySpan<byte> text) =>
        encoding switch
        {
            0 => Encoding.Latin1.GetString(text),
            1 => text.Length >= 2 && text[0] == 0xFE && text[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(text[2..])
            : text.Length >= 2 && text[0] == 0xFF && text[1] == 0xFE ? Encoding.Unicode.GetString(text[2..])
            : Encoding.Unicode.GetString(text),
            2 => Encoding.BigEndianUnicode.GetString(text),
            _ => Encoding.UTF8.GetString(text),
        };

    /// <summary>Unsynchronisation inserts a 0x00 after every 0xFF; take those out again.</summary>
    private static byte[] RemoveUnsynchronisation(byte[] data)
    {
        var result = new List<byte>(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            result.Add(data[i]);
            if (data[i] == 0xFF && i + 1 < data.Length && data[i + 1] == 0x00)
                i++;
        }
        return result.ToArray();
    }
}
