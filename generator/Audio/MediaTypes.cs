namespace PodcastSite.Audio;

/// <summary>The enclosure MIME types Apple and the other apps expect, by file extension.</summary>
public static class MediaTypes
{
    public static string? ForExtension(string pathOrUrl) => Path.GetExtension(pathOrUrl.Split('?', '#')[0]).ToLowerInvariant() switch
    {
        ".mp3" => "audio/mpeg",
        ".m4a" => "audio/x-m4a",
        ".mp4" => "video/mp4",
        ".m4v" => "video/x-m4v",
        ".mov" => "video/quicktime",
        ".ogg" or ".oga" or ".opus" => "audio/ogg",
        ".wav" => "audio/wav",
        ".flac" => "audio/flac",
        ".aac" => "audio/aac",
        ".pdf" => "application/pdf",
        _ => null,
    };
}
