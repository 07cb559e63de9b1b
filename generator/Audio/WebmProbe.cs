namespace PodcastSite.Audio;

/// <summary>
/// WebM (Matroska): EBML elements, each an ID and a size in variable-length integers. The duration is the Segment's
/// Info element's <c>Duration</c> (a float in ticks) times its <c>TimecodeScale</c> (nanoseconds per tick), so only
/// the few elements before the media clusters are read.
/// </summary>
internal static class WebmProbe
{
    private const uint EbmlHeader = 0x1A45DFA3;
    private const uint DocType = 0x4282;
    private const uint Segment = 0x18538067;
    private const uint Info = 0x1549A966;
    private const uint Cluster = 0x1F43B675;
    private const uint TimecodeScale = 0x2AD7B1;
    private const uint DurationId = 0x4489;
    private const long DefaultTimecodeScale = 1_000_000;

    private sealed record Element(uint Id, long DataStart, long? Size);

    public static bool StartsWith(ReadOnlySpan<byte> head) => head.Length >= 4 && ByteReading.UInt32BE(head, 0) == EbmlHeader;

    public static TimeSpan Duration(Stream stream)
    {
        var header = ReadElement(stream, 0, stream.Length);
        var docType = Children(stream, header).FirstOrDefault(e => e.Id == DocType);
        if (docType is not null && ReadString(stream, docType) is not ("webm" or "matroska"))
            throw new AudioFormatException("the EBML file is neither WebM nor Matroska");
        var segment = ReadElement(stream, End(stream, header), stream.Length);
        if (segment.Id != Segment)
            throw new AudioFormatException("WebM file has no Segment after its EBML header");
        // The Info element comes before the first Cluster; a live recording's Segment has an unknown size.
        var info =
            Children(stream, segment).TakeWhile(e => e.Id != Cluster).FirstOrDefault(e => e.Id == Info)
            ?? throw new AudioFormatException("WebM file has no Info element before its media");
        var fields = Children(stream, info).ToList();
        var scale = fields.FirstOrDefault(e => e.Id == TimecodeScale) is { } s ? (long)ReadUnsigned(stream, s) : DefaultTimecodeScale;
        var duration = fields.FirstOrDefault(e => e.Id == DurationId) is { } d
            ? ReadFloat(stream, d)
            : throw new AudioFormatException(
                "WebM file states no duration (a live recording that was never finalised); remux it with `ffmpeg -i IN -c copy OUT.webm`"
            );
        if (scale <= 0 || !double.IsFinite(duration) || duration < 0)
            throw new AudioFormatException("WebM file states an impossible duration");
        return AudioDuration.FromSeconds(duration * scale / 1_000_000_000, "the WebM `Duration`");
    }

    private static IEnumerable<Element> Children(Stream stream, Element parent)
    {
        var end = End(stream, parent);
        var position = parent.DataStart;
        while (position < end)
        {
            var element = ReadElement(stream, position, end);
            yield return element;
            if (element.Size is null)
                yield break; // a child of unknown size runs to the end of its parent
            position = element.DataStart + element.Size.Value;
        }
    }

    private static long End(Stream stream, Element element) => element.Size is { } size ? element.DataStart + size : stream.Length;

    private static Element ReadElement(Stream stream, long position, long end)
    {
        var (id, idLength) = ReadVint(stream, position, keepMarker: true);
        var (size, sizeLength) = ReadVint(stream, position + idLength, keepMarker: false);
        // A size of all ones means "unknown": the element runs to the end of its parent.
        var unknown = size == (1UL << (7 * sizeLength)) - 1;
        var dataStart = position + idLength + sizeLength;
        if (!unknown && (size > (ulong)(end - dataStart)))
            throw new AudioFormatException("a WebM element runs past the end of the file (the file is truncated)");
        return new Element((uint)id, dataStart, unknown ? null : (long)size);
    }

    /// <summary>An EBML variable-length integer: the count of leading zero bits in the first byte says how many bytes follow.</summary>
    private static (ulong Value, int Length) ReadVint(Stream stream, long position, bool keepMarker)
    {
        var first = ByteReading.ReadAt(stream, position, 1)[0];
        if (first == 0)
            throw new AudioFormatException("a WebM element header is malformed");
        var length = System.Numerics.BitOperations.LeadingZeroCount((uint)first) - 23;
        var bytes = ByteReading.ReadAt(stream, position, length);
        ulong value = keepMarker ? first : (ulong)(first & (0xFF >> length));
        for (var i = 1; i < length; i++)
            value = (value << 8) | bytes[i];
        return (value, length);
    }

    private static ulong ReadUnsigned(Stream stream, Element element)
    {
        if (element.Size is not (>= 1 and <= 8) || element.Size is not { } size)
            throw new AudioFormatException("a WebM number has an impossible size");
        ulong value = 0;
        foreach (var b in ByteReading.ReadAt(stream, element.DataStart, (int)size))
            value = (value << 8) | b;
        return value;
    }

    private static double ReadFloat(Stream stream, Element element) =>
        element.Size switch
        {
            4 => BitConverter.Int32BitsToSingle((int)ByteReading.UInt32BE(ByteReading.ReadAt(stream, element.DataStart, 4), 0)),
            8 => BitConverter.Int64BitsToDouble((long)ByteReading.UInt64BE(ByteReading.ReadAt(stream, element.DataStart, 8), 0)),
            _ => throw new AudioFormatException("WebM `Duration` is not a 4- or 8-byte float"),
        };

    private static string ReadString(Stream stream, Element element) =>
        element.Size is { } size and <= 64 ? System.Text.Encoding.ASCII.GetString(ByteReading.ReadAt(stream, element.DataStart, (int)size)).TrimEnd('\0') : "";
}
