using System.Text;
using PodcastSite.Content;

namespace PodcastSite.Rendering;

/// <summary>One file of the built site, at <see cref="Path"/> (relative, '/' separators).</summary>
public abstract record OutputFile(string Path);

/// <summary>A file the build made: a page, the feed, a side-car.</summary>
public sealed record GeneratedFile(string Path, byte[] Content) : OutputFile(Path)
{
    public static GeneratedFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    public string ReadText() => Encoding.UTF8.GetString(Content);
}

/// <summary>
/// A file written straight to where it goes while it is made (the feed: 80 MB for a 10,000-episode show), so it is
/// never whole in memory. <see cref="Write"/> may be called once only.
/// </summary>
public sealed record StreamedFile(string Path, Action<Stream> Write) : OutputFile(Path)
{
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        Write(buffer);
        return buffer.ToArray();
    }
}

/// <summary>A file copied as-is from the input or the theme (assets, audio, static files).</summary>
public sealed record CopiedFile(string Path, SourceFile Source) : OutputFile(Path);
