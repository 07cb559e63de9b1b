using System.Security.Cryptography;
using System.Text;

namespace PodcastSite.Images;

/// <summary>
/// The copies made before, kept between runs in a folder beside the audio-probe cache and named by a hash of the
/// source's bytes, the variant and the resizer's version, so a rebuild (and every preview save) resizes nothing it
/// resized already, and a replaced picture under the same name is never served from an old copy. A missing, damaged
/// or unwritable folder only costs resizing again; output never depends on it.
/// </summary>
public sealed class PersistentImageCache(IImageResizer inner, string folder, string version) : IImageResizer
{
    public static string DefaultFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "podcastsite", "images");
    }

    public IReadOnlyList<byte[]>? Resize(byte[] source, IReadOnlyList<ImageVariant> variants)
    {
        var sourceHash = Convert.ToHexStringLower(SHA256.HashData(source));
        var files = variants.Select(v => Path.Combine(folder, FileName(sourceHash, v))).ToList();
        if (TryReadAll(files) is { } cached)
            return cached;
        var made = inner.Resize(source, variants);
        if (made is not null)
            for (var i = 0; i < files.Count; i++)
                TryWrite(files[i], made[i]);
        return made;
    }

    private string FileName(string sourceHash, ImageVariant variant)
    {
        var key = Encoding.UTF8.GetBytes($"{sourceHash}|{variant.Width}x{variant.Height}|{variant.Encoding}|{version}");
        return Convert.ToHexStringLower(SHA256.HashData(key))[..32] + "." + variant.Encoding.ToString().ToLowerInvariant();
    }

    private static List<byte[]>? TryReadAll(List<string> files)
    {
        try
        {
            var bytes = new List<byte[]>(files.Count);
            foreach (var file in files)
            {
                if (!File.Exists(file))
                    return null;
                var content = File.ReadAllBytes(file);
                if (content.Length == 0)
                    return null;
                bytes.Add(content);
            }
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Written under a temporary name and moved, so a build running beside this one never reads half a file.
    private static void TryWrite(string file, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = $"{file}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
