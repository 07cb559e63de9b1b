using System.Buffers;
using PodcastSite.Content;
using PodcastSite.Rendering;

namespace PodcastSite.Output;

/// <summary>
/// Writes one file of the site, or carries the old site's copy over when the bytes are the same: a hard link (or a
/// copy with the old time), so the file keeps its modification time and syncs skip it.
/// </summary>
internal static class FileCarrier
{
    public static void Write(OutputFile file, string path, string? previous)
    {
        switch (file)
        {
            case GeneratedFile generated:
                WriteBytes(generated.Content, path, previous);
                break;
            case StreamedFile streamed:
                using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                    streamed.Write(target);
                if (previous is not null && SameFiles(previous, path))
                {
                    File.Delete(path);
                    Carry(previous, path);
                }
                break;
            case CopiedFile { Source.LastWriteUtc: var time } copied when time <= DateTime.UnixEpoch:
                // A file with no time of its own (the built-in theme's) is small and compared by its bytes.
                WriteBytes(copied.Source.ReadBytes(), path, previous);
                break;
            case CopiedFile copied:
                // A copy carries its source's time, so an unchanged asset is known by its size and time without reading it.
                if (
                    previous is not null
                    && new FileInfo(previous) is { Exists: true } old
                    && !old.Attributes.HasFlag(FileAttributes.ReparsePoint)
                    && old.Length == copied.Source.Length
                    && old.LastWriteTimeUtc == copied.Source.LastWriteUtc
                    && Carry(previous, path)
                )
                    return;
                using (var source = copied.Source.Open())
                using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                    source.CopyTo(target);
                File.SetLastWriteTimeUtc(path, copied.Source.LastWriteUtc);
                break;
        }
    }

    private static void WriteBytes(byte[] content, string path, string? previous)
    {
        if (previous is not null && SameBytes(previous, content) && Carry(previous, path))
            return;
        // A new file in the staging folder: nothing to truncate or make room for first, as File.WriteAllBytes would.
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, content, 0);
    }

    /// <summary>The old file under its new name: a hard link, or a copy with the old time where links are not to be had.</summary>
    private static bool Carry(string previous, string path)
    {
        if (HardLink.TryCreate(previous, path))
            return true;
        File.Copy(previous, path);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(previous));
        return true;
    }

    private static bool SameFiles(string old, string path)
    {
        var (infoOld, infoNew) = (new FileInfo(old), new FileInfo(path));
        if (!infoOld.Exists || infoOld.Attributes.HasFlag(FileAttributes.ReparsePoint) || infoOld.Length != infoNew.Length)
            return false;
        using var oldFile = PlainFile.TryOpen(old, followLink: false);
        if (oldFile is null)
            return false;
        using var streamA = new FileStream(oldFile, FileAccess.Read, 1);
        if (!streamA.CanSeek)
            return false;
        using var streamB = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var (bufferA, bufferB) = (new byte[1 << 16], new byte[1 << 16]);
        while (true)
        {
            var read = streamA.ReadAtLeast(bufferA, bufferA.Length, throwOnEndOfStream: false);
            if (read != streamB.ReadAtLeast(bufferB, bufferB.Length, throwOnEndOfStream: false))
                return false;
            if (read == 0)
                return true;
            if (!bufferA.AsSpan(0, read).SequenceEqual(bufferB.AsSpan(0, read)))
                return false;
        }
    }

    private static bool SameBytes(string path, byte[] content)
    {
        // Opened without asking its size first, a system call fewer for each of a large show's 40,000 files: reading
        // one byte more than the new content tells a longer file apart. Nearly every file of a rebuild is there.
        // Anything the old site cannot give (nothing there, a folder, a pipe, a link) is written afresh.
        if (PlainFile.TryOpen(path, followLink: false) is not { } file)
            return false;
        using (file)
        {
            // Read into a borrowed buffer: a rebuild compares every file, and a new array for each allocated the whole site again.
            var buffer = ArrayPool<byte>.Shared.Rent(content.Length + 1);
            try
            {
                var read = 0;
                while (read <= content.Length && RandomAccess.Read(file, buffer.AsSpan(read, content.Length + 1 - read), read) is var n and > 0)
                    read += n;
                return read == content.Length && buffer.AsSpan(0, read).SequenceEqual(content);
            }
            catch (Exception e) when (e is IOException or NotSupportedException)
            {
                return false; // a folder, or a pipe or terminal, which cannot be read at an offset
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
