using System.Text;
using PodcastSite.Diagnostics;

namespace PodcastSite.Content;

/// <summary>
/// One file of the input or theme folder. <see cref="Path"/> is relative to its folder with '/' separators;
/// <see cref="DisplayPath"/> is how diagnostics name it. Content is opened on demand so large audio stays on disk.
/// </summary>
public sealed record SourceFile(string Path, string DisplayPath, long Length, DateTime LastWriteUtc, Func<Stream> Open)
{
    /// <summary>The file's text; null, with an error at the first bad byte, when it is not UTF-8 (or UTF-16/32 with a byte order mark).</summary>
    public string? ReadText(DiagnosticBag diagnostics) => SourceText.Decode(ReadBytes(), DisplayPath, diagnostics);

    public byte[] ReadBytes()
    {
        // Most files are the size they were listed at: read into an array of that size, which is the content as it is.
        // (Copying the stream asked the file its size once more for each of a large show's episodes.)
        if (Length is > 0 and < int.MaxValue)
        {
            using var stream = Open();
            var content = new byte[Length];
            if (stream.ReadAtLeast(content, content.Length, throwOnEndOfStream: false) == content.Length && stream.ReadByte() < 0)
                return content;
        }
        // Empty, or saved again since it was listed: read whole, whatever its size now.
        using var again = Open();
        using var buffer = new MemoryStream();
        again.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static SourceFile FromText(string path, string displayPath, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return FromBytes(path, displayPath, bytes);
    }

    public static SourceFile FromBytes(string path, string displayPath, byte[] bytes) =>
        new(path, displayPath, bytes.Length, DateTime.UnixEpoch, () => new MemoryStream(bytes, writable: false));
}
