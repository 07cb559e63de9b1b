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

/// <summary>A file copied as-is from the input or the theme (assets, audio, static files).</summary>
public sealed record CopiedFile(string Path, SourceFile Source) : OutputFile(Path);
