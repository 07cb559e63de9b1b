namespace PodcastSite.Audio;

/// <summary>A file that is not what it claims, or is cut short; its message is shown to the user.</summary>
public sealed class AudioFormatException(string message) : Exception(message);
