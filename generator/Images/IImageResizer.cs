namespace PodcastSite.Images;

/// <summary>Makes the smaller copies of one picture, from its bytes: pure, so a cache can stand in front of it.</summary>
public interface IImageResizer
{
    /// <returns>The bytes of each variant, in the order given; null when the picture cannot be decoded.</returns>
    IReadOnlyList<byte[]>? Resize(byte[] source, IReadOnlyList<ImageVariant> variants);
}
