namespace PodcastSite.Audio;

/// <summary>
/// MPEG Layer III duration, from the cheapest source that is exact: a Xing/Info header (with the LAME encoder
/// delay and padding taken off), a VBRI header, CBR arithmetic when sampled frames all share one bitrate,
/// and only otherwise a walk over every frame header.
/// </summary>
internal static class Mp3Probe
{
    private const int SyncSearchLimit = 256 * 1024;
    private const int SamplePoints = 8;
    private const int FramesPerSample = 6;

    public static TimeSpan Duration(Stream stream, long audioStart, long audioEnd)
    {
        var first = FindFrame(stream, audioStart, audioEnd) ?? throw new AudioFormatException("no MPEG audio frames found; it is not an MP3 file");
        var (firstOffset, header) = first;
        var frame = ByteReading.ReadUpTo(stream, firstOffset, Math.Max(header.FrameLength, 200));
        if (frame.Length < header.FrameLength)
            throw new AudioFormatException(
                $"the file ends inside its first MP3 frame: the frame is {header.FrameLength:N0} bytes long, but only {frame.Length:N0} of them are in the file; it was probably cut short while copying or uploading, so copy or export it again"
            );

        if (XingDuration(frame, header) is { } xing)
            return Complete(xing, firstOffset, audioEnd);
        if (VbriDuration(frame, header) is { } vbri)
            return Complete(vbri, firstOffset, audioEnd);
        if (IsConstantBitrate(stream, firstOffset, audioEnd, header.Bitrate))
            return TimeSpan.FromSeconds((audioEnd - firstOffset) * 8.0 / (header.Bitrate * 1000.0));
        return WalkFrames(stream, firstOffset, audioEnd, header);
    }

    /// <summary>
    /// The header's duration, unless the file ends well before the byte count the header announces: a file cut
    /// short in a copy or an upload still carries the full length in its header, and apps would show it.
    /// </summary>
    private static TimeSpan Complete((TimeSpan Duration, long? Bytes) announced, long firstOffset, long audioEnd)
    {
        if (announced.Bytes is not { } bytes)
            return announced.Duration;
        var present = audioEnd - firstOffset;
        var slack = Math.Max(bytes / 100, 2 * 1024);
        if (present + slack < bytes)
            throw new AudioFormatException(
                $"the file ends before its audio does: its header announces {bytes:N0} bytes of audio lasting {Text.DurationText.Format(announced.Duration)}, but the file holds {present:N0}; it was probably cut short while copying or uploading, so copy or export it again"
            );
        return announced.Duration;
    }

    private static (TimeSpan Duration, long? Bytes)? XingDuration(byte[] frame, MpegFrameHeader header)
    {
        var at = header.SideInfoEnd;
        if (!ByteReading.Matches(frame, at, "Xing") && !ByteReading.Matches(frame, at, "Info"))
            return null;
        if (frame.Length < at + 12)
            return null; // too short a frame to hold the flags and the frame count: the name is a chance match in the audio
        var flags = ByteReading.UInt32BE(frame, at + 4);
        if ((flags & 1) == 0)
            return null; // no frame count: fall back to the other methods
        var frames = ByteReading.UInt32BE(frame, at + 8);
        long? bytes = (flags & 2) != 0 && frame.Length >= at + 16 ? ByteReading.UInt32BE(frame, at + 12) : null;
        var lameAt = at + 8 + 4 + ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0);
        long delay = 0,
            padding = 0;
        if (
            lameAt + 24 <= frame.Length
            && (ByteReading.Matches(frame, lameAt, "LAME") || ByteReading.Matches(frame, lameAt, "Lavc") || ByteReading.Matches(frame, lameAt, "Lavf"))
        )
        {
            // 12 bits of encoder delay, 12 bits of end padding, in samples.
            var b = frame.AsSpan(lameAt + 21, 3);
            delay = (b[0] << 4) | (b[1] >> 4);
            padding = ((b[1] & 0x0F) << 8) | b[2];
        }
        var samples = Math.Max(0, (long)frames * header.SamplesPerFrame - delay - padding);
        return (TimeSpan.FromSeconds((double)samples / header.SampleRate), bytes is > 0 ? bytes : null);
    }

    private static (TimeSpan Duration, long? Bytes)? VbriDuration(byte[] frame, MpegFrameHeader header)
    {
        const int at = 4 + 32; // VBRI always sits 32 bytes after the header
        if (!ByteReading.Matches(frame, at, "VBRI") || frame.Length < at + 18)
            return null;
        long bytes = ByteReading.UInt32BE(frame, at + 10);
        var frames = ByteReading.UInt32BE(frame, at + 14);
        return (TimeSpan.FromSeconds((double)frames * header.SamplesPerFrame / header.SampleRate), bytes > 0 ? bytes : null);
    }

    /// <summary>Looks at a few runs of frames spread over the file; one bitrate everywhere means CBR.</summary>
    private static bool IsConstantBitrate(Stream stream, long firstOffset, long audioEnd, int bitrate)
    {
        for (var point = 0; point < SamplePoints; point++)
        {
            var offset = firstOffset + (audioEnd - firstOffset) * point / SamplePoints;
            var position = point == 0 ? firstOffset : FindFrame(stream, offset, audioEnd)?.Offset;
            if (position is null)
                continue;
            for (var i = 0; i < FramesPerSample && position + 4 <= audioEnd; i++)
            {
                var next = MpegFrameHeader.Parse(ByteReading.ReadUpTo(stream, position.Value, 4));
                if (next is null)
                    break;
                if (next.Value.Bitrate != bitrate)
                    return false;
                position += next.Value.FrameLength;
            }
        }
        return true;
    }

    private static TimeSpan WalkFrames(Stream stream, long firstOffset, long audioEnd, MpegFrameHeader first)
    {
        long frames = 0;
        var position = firstOffset;
        var buffer = new byte[1 << 20];
        long bufferStart = -1;
        var bufferLength = 0;
        while (position + 4 <= audioEnd)
        {
            if (bufferStart < 0 || position < bufferStart || position + 4 > bufferStart + bufferLength)
            {
                stream.Position = position;
                bufferStart = position;
                bufferLength = stream.ReadAtLeast(buffer, (int)Math.Min(buffer.Length, audioEnd - position), throwOnEndOfStream: false);
                if (bufferLength < 4)
                    break;
            }
            var header = MpegFrameHeader.Parse(buffer.AsSpan((int)(position - bufferStart), 4));
            if (header is null || header.Value.SampleRate != first.SampleRate)
            {
                // Junk between frames: find the next real frame rather than give up.
                var next = FindFrame(stream, position + 1, audioEnd);
                if (next is null)
                    break;
                position = next.Value.Offset;
                continue;
            }
            frames++;
            position += header.Value.FrameLength;
        }
        return TimeSpan.FromSeconds((double)frames * first.SamplesPerFrame / first.SampleRate);
    }

    /// <summary>The first frame at or after <paramref name="from"/> whose successor is also a frame (a lone 0xFFE is often just data).</summary>
    private static (long Offset, MpegFrameHeader Header)? FindFrame(Stream stream, long from, long audioEnd)
    {
        // Read a little at a time: the first frame is almost always right there, and headers are all we want.
        const int Chunk = 16 * 1024;
        for (long start = from; start < audioEnd && start - from < SyncSearchLimit; start += Chunk)
        {
            var window = ByteReading.ReadUpTo(stream, start, (int)Math.Min(Chunk + 4, audioEnd - start));
            for (var i = 0; i + 4 <= window.Length && i < Chunk; i++)
            {
                if (window[i] != 0xFF || MpegFrameHeader.Parse(window.AsSpan(i, 4)) is not { } header)
                    continue;
                var next = start + i + header.FrameLength;
                if (next + 4 > audioEnd)
                    return (start + i, header);
                var following = MpegFrameHeader.Parse(ByteReading.ReadUpTo(stream, next, 4));
                if (following is { } f && f.Version == header.Version && f.SampleRate == header.SampleRate)
                    return (start + i, header);
            }
        }
        return null;
    }
}
