namespace PodcastSite.Model;

/// <summary>A transcript published beside the episode; <paramref name="MimeType"/> is the podcast:transcript type.</summary>
public sealed record Transcript(string LocalPath, string MimeType)
{
    public static string? MimeTypeFor(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".vtt" => "text/vtt",
        ".srt" => "application/x-subrip",
        ".json" => "application/json",
        _ => null,
    };
}
