namespace PodcastSite.Images;

/// <summary>The resizer's native library could not be loaded on this platform: pictures go out at full size.</summary>
public sealed class ImageLibraryMissingException(string message, Exception inner) : Exception(message, inner);
