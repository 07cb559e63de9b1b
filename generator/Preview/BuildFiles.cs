using PodcastSite.Preview.Hosting;
using PodcastSite.Rendering;

namespace PodcastSite.Preview;

/// <summary>The preview's build as files to serve; pages get the live-reload script on their way out.</summary>
public sealed class BuildFiles(PreviewBuild build) : ISiteFiles
{
    // Request paths arrive decoded; the build's base path is written as in a URL.
    public string BasePath { get; } = Uri.UnescapeDataString(build.BasePath);

    public string FeedPath => build.FeedPath;

    public bool Contains(string path) => build.Files.ContainsKey(path);

    public async ValueTask<ServedFile?> OpenAsync(string path)
    {
        if (!build.Files.TryGetValue(path, out var file))
            return null;
        if (file is CopiedFile copied)
        {
            try
            {
                return new ServedFile(copied.Source.Open(), new DateTimeOffset(copied.Source.LastWriteUtc, TimeSpan.Zero));
            }
            catch (IOException)
            {
                return null; // deleted since the build; the next build will not list it
            }
        }
        var bytes = file switch
        {
            GeneratedFile generated => generated.Content,
            DeferredFile deferred => await deferred.ContentAsync(),
            _ => throw new InvalidOperationException($"the preview cannot serve a {file.GetType().Name}"),
        };
        if (ContentTypes.IsHtml(path))
            bytes = LiveReload.Inject(bytes, build.Version);
        return ServedFile.FromBytes(bytes);
    }
}
