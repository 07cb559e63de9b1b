namespace PodcastSite.Audio;

/// <summary>
/// MP4/M4A: walks the box tree to <c>moov</c> (wherever it is, often after <c>mdat</c>) without reading media data.
/// The audio track's edit list gives the playable length (the AAC encoder's priming samples cut off);
/// without one, the track's <c>mdhd</c>, else the movie's <c>mvhd</c>. A file with a video track (MP4, MOV) plays
/// for the movie's <c>mvhd</c> duration, the length of its longest track as edited.
/// </summary>
internal static class Mp4Probe
{
    private sealed record Box(string Type, long Start, long HeaderSize, long Size)
    {
        public long ContentStart => Start + HeaderSize;
        public long End => Start + Size;
    }

    public static TimeSpan Duration(Stream stream)
    {
        // Every top-level box is walked, not only up to `moov`: a file cut short ends inside `mdat`, after it.
        var moov =
            Children(stream, 0, stream.Length).ToList().FirstOrDefault(b => b.Type == "moov")
            ?? throw new AudioFormatException("MP4 file has no `moov` box (it may be truncated or still being written)");
        var movie = Children(stream, moov.ContentStart, moov.End).ToList();
        var mvhd = movie.FirstOrDefault(b => b.Type == "mvhd") ?? throw new AudioFormatException("MP4 file has no `mvhd` box");
        var (movieScale, movieDuration) = ScaleAndDuration(stream, mvhd);
        var tracks = movie
            .Where(b => b.Type == "trak")
            .Select(trak => Track(stream, trak))
            .OfType<(List<Box> Track, List<Box> Media, string Handler)>()
            .ToList();
        if (tracks.Any(t => t.Handler == "vide") && movieScale > 0)
            return Seconds(movieDuration, movieScale, "mvhd");

        foreach (var (track, media, handler) in tracks)
        {
            if (handler != "soun")
                continue;
            if (EditedDuration(stream, track) is { } edited && movieScale > 0)
                return Seconds(edited, movieScale, "elst");
            if (media.FirstOrDefault(b => b.Type == "mdhd") is { } mdhd && ScaleAndDuration(stream, mdhd) is ({ } scale and > 0, var duration))
                return Seconds(duration, scale, "mdhd");
        }
        if (movieScale == 0)
            throw new AudioFormatException("MP4 `mvhd` has no time scale");
        return Seconds(movieDuration, movieScale, "mvhd");
    }

    /// <summary>A track's boxes, its media boxes and its handler type (`soun`, `vide`, ...); null for a track without media.</summary>
    private static (List<Box> Track, List<Box> Media, string Handler)? Track(Stream stream, Box trak)
    {
        var track = Children(stream, trak.ContentStart, trak.End).ToList();
        var mdia = track.FirstOrDefault(b => b.Type == "mdia");
        if (mdia is null)
            return null;
        var media = Children(stream, mdia.ContentStart, mdia.End).ToList();
        var hdlr = media.FirstOrDefault(b => b.Type == "hdlr");
        if (hdlr is null)
            return null;
        return (track, media, System.Text.Encoding.ASCII.GetString(ByteReading.ReadAt(stream, hdlr.ContentStart + 8, 4)));
    }

    /// <summary>The sum of the edit list's segment durations, in the movie's time scale; null without an edit list.</summary>
    private static ulong? EditedDuration(Stream stream, List<Box> track)
    {
        var edts = track.FirstOrDefault(b => b.Type == "edts");
        if (edts is null)
            return null;
        var elst = Children(stream, edts.ContentStart, edts.End).FirstOrDefault(b => b.Type == "elst");
        if (elst is null)
            return null;
        var header = ByteReading.ReadAt(stream, elst.ContentStart, 8);
        var version = header[0];
        var count = ByteReading.UInt32BE(header, 4);
        var entrySize = version == 1 ? 20 : 12;
        if (count == 0 || count > 1000)
            return null;
        var entries = ByteReading.ReadAt(stream, elst.ContentStart + 8, (int)count * entrySize);
        ulong total = 0;
        for (var i = 0; i < count; i++)
        {
            var at = i * entrySize;
            var mediaTime = version == 1 ? (long)ByteReading.UInt64BE(entries, at + 8) : (int)ByteReading.UInt32BE(entries, at + 4);
            if (mediaTime == -1)
                continue; // an empty edit delays the start; it adds no media
            total += version == 1 ? ByteReading.UInt64BE(entries, at) : ByteReading.UInt32BE(entries, at);
        }
        return total == 0 ? null : total;
    }

    private static (uint Scale, ulong Duration) ScaleAndDuration(Stream stream, Box box)
    {
        var content = ByteReading.ReadAt(stream, box.ContentStart, 32);
        return content[0] == 1
            ? (ByteReading.UInt32BE(content, 20), ByteReading.UInt64BE(content, 24))
            : (ByteReading.UInt32BE(content, 12), ByteReading.UInt32BE(content, 16));
    }

    private static IEnumerable<Box> Children(Stream stream, long start, long end)
    {
        var position = start;
        while (position + 8 <= end)
        {
            var header = ByteReading.ReadAt(stream, position, 8);
            long size = ByteReading.UInt32BE(header, 0);
            var type = header.AsSpan(4, 4).ContainsAnyExceptInRange((byte)0x20, (byte)0x7E) ? "?" : System.Text.Encoding.ASCII.GetString(header, 4, 4);
            long headerSize = 8;
            if (size == 1)
            {
                size = (long)ByteReading.UInt64BE(ByteReading.ReadAt(stream, position + 8, 8), 0);
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = end - position; // the last box runs to the end of its parent
            }
            // Compared without adding, as a 64-bit size near 2^63 would wrap the sum round to a negative position.
            if (size < headerSize || size > end - position)
                throw new AudioFormatException($"MP4 box `{type}` runs past the end of the file (the file is truncated)");
            yield return new Box(type, position, headerSize, size);
            position += size;
        }
    }

    private static TimeSpan Seconds(ulong units, uint scale, string box) => AudioDuration.FromSeconds((double)units / scale, $"the MP4 `{box}` box");
}
