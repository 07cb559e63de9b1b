using System.Text;

namespace PodcastSite.Content;

/// <summary>
/// One file of the input or theme folder. <see cref="Path"/> is relative to its folder with '/' separators;
/// <see cref="DisplayPath"/> is how diagnostics name it. Content is opened on demand so large audio stays on disk.
/// </summary>
public sealed record SourceFile(string Path, string DisplayPath, long Length, DateTime LastWriteUtc, Func<Stream> Open)
{
    public string ReadText()
    {
        using var stream = Open();
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public static SourceFile FromText(string path, string displayPath, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return FromBytes(path, displayPath, bytes);
    }

    public static SourceFile FromBytes(string path, string displayPath, byte[] bytes) =>
        new(path, displayPath, bytes.Length, DateTime.UnixEpoch, () => new MemoryStream(bytes, writable: false));
}
