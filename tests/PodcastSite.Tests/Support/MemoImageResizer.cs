using System.Collections.Concurrent;
using System.Security.Cryptography;
using PodcastSite.Images;

namespace PodcastSite.Tests.Support;

/// <summary>
/// Resizes each picture once per test run: most fixtures carry the sample cover, and resizing it for every one of
/// hundreds of builds would cost minutes on a small machine. The copies are the resizer's own, so tests see real bytes.
/// </summary>
public sealed class MemoImageResizer(IImageResizer inner) : IImageResizer
{
    public static readonly MemoImageResizer Shared = new(new SkiaImageResizer());

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<byte[]>?>> _made = new(StringComparer.Ordinal);

    public int Resized;

    public IReadOnlyList<byte[]>? Resize(byte[] source, IReadOnlyList<ImageVariant> variants)
    {
        var key = Convert.ToHexString(SHA256.HashData(source)) + string.Concat(variants.Select(v => $"|{v.Width}x{v.Height}{v.Encoding}"));
        return _made
            .GetOrAdd(
                key,
                _ => new Lazy<IReadOnlyList<byte[]>?>(() =>
                {
                    Interlocked.Increment(ref Resized);
                    return inner.Resize(source, variants);
                })
            )
            .Value;
    }
}
