using PodcastSite.Diagnostics;
using PodcastSite.Scaffold;

namespace PodcastSite.Import;

/// <summary>
/// `--download-images`: the show's and the new episodes' art fetched into <c>assets/images/</c>, so the new site
/// serves it; each address once, however many episodes share it. Art that cannot be fetched stays linked at the
/// old host, and the problem is said at the feed's line that named the art.
/// </summary>
public static class ArtDownloads
{
    public sealed record Result(IReadOnlyDictionary<Uri, string> LocalPaths, IReadOnlyList<ScaffoldFile> Files, IReadOnlyList<Diagnostic> Problems);

    /// <param name="wanted">
    /// Each address with the path (without extension, under the show's folder) its art would have, and where the feed
    /// named it; an address named more than once is reported where it was named first.
    /// </param>
    public static async Task<Result> FetchAsync(IEnumerable<(Uri Url, string PathStem, SourcePosition At)> wanted, WebDownload download)
    {
        var paths = new Dictionary<Uri, string>();
        var files = new List<ScaffoldFile>();
        var problems = new DiagnosticBag();
        foreach (var (url, stem, at) in wanted.DistinctBy(w => w.Url))
        {
            var fetched = await download.GetAsync(url);
            if (fetched.Bytes is null)
            {
                problems.Warning(at, $"{fetched.Problem}; the art stays linked at the old host");
                continue;
            }
            if (Extension(fetched.Bytes) is not { } extension)
            {
                problems.Warning(at, $"`{url}` is not a JPEG, PNG, GIF or WebP image; the art stays linked at the old host");
                continue;
            }
            paths[url] = stem + extension;
            files.Add(new ScaffoldFile(stem + extension, fetched.Bytes));
        }
        return new Result(paths, files, problems.ToSortedList());
    }

    // By what the bytes are, not by the address: art addresses often end in `?size=1400` or nothing at all.
    private static string? Extension(byte[] bytes) =>
        bytes switch
        {
            [0xFF, 0xD8, 0xFF, ..] => ".jpg",
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => ".png",
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => ".gif",
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ".webp",
            _ => null,
        };
}
