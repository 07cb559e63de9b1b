namespace PodcastSite.Scaffold;

/// <summary>A file `init` or `new` makes, at <see cref="Path"/> relative to the show's folder ('/' separators).</summary>
public sealed record ScaffoldFile(string Path, byte[] Content)
{
    public static ScaffoldFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
