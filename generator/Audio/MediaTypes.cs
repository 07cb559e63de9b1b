namespace PodcastSite.Audio;

/// <summary>The enclosure MIME types Apple and the other apps expect, by file extension.</summary>
public static class MediaTypes
{
    /// <summary>The type for a file path, or a URL's path without its query: a `#` or `?` in a file's name is part of the name.</summary>
    public static string? ForExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".mp3" => "audio/mpeg",
            ".m4a" or ".m4b" => "audio/x-m4a",
            ".mp4" => "video/mp4",
            ".m4v" => "video/x-m4v",
            ".mov" => "video/quicktime",
            ".webm" => "video/webm",
            ".ogg" or ".oga" or ".opus" => "audio/ogg",
            ".wav" => "audio/wav",
            ".flac" => "audio/flac",
            ".aac" => "audio/aac",
            ".pdf" => "application/pdf",
            _ => null,
        };
}
