namespace PodcastSite.Images;

/// <summary>Makes the smaller copies of one picture, from its bytes: pure, so a cache can stand in front of it.</summary>
public interface IImageResizer
{
    /// <summary>
    /// The most pixels a picture may have to be resized: 128 million, which a 108-megapixel phone photo and a
    /// 100-megapixel camera's fit under. Decoded at 4 bytes a pixel that is 512 MB, as much as one picture should
    /// take while others resize beside it; past it a decoder fails to allocate, or takes the machine's memory.
    /// </summary>
    const long MaxPixels = 128_000_000;

    /// <returns>The bytes of each variant, in the order given; null when the picture cannot be decoded.</returns>
    IReadOnlyList<byte[]>? Resize(byte[] source, IReadOnlyList<ImageVariant> variants);
}
