namespace PodcastSite.Model;

/// <summary>
/// A transcript of the episode: a file under <c>input/</c> published beside it, or an address elsewhere (an imported
/// show keeps its old host's). <paramref name="MimeType"/> is the podcast:transcript type; <paramref name="Language"/>
/// and <paramref name="Rel"/>, when null, are the show's language and, for captions formats, <c>captions</c>.
/// </summary>
public sealed record Transcript(string Location, string MimeType, string? Language = null, string? Rel = null)
{
    /// <summary>The types the Podcasting 2.0 namespace lists for transcripts.</summary>
    public static readonly IReadOnlyList<string> Types = ["text/vtt", "application/x-subrip", "application/json", "text/html", "text/plain"];

    public bool IsRemote =>
        Location.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || Location.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The type of a local transcript file, from its extension: the three formats apps read as timed text.</summary>
    public static string? MimeTypeFor(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".vtt" => "text/vtt",
            ".srt" => "application/x-subrip",
            ".json" => "application/json",
            _ => null,
        };

    /// <summary>The type of a transcript elsewhere, from its address's extension; hosts also publish HTML and plain text ones.</summary>
    public static string? RemoteMimeTypeFor(Uri url) =>
        MimeTypeFor(url.AbsolutePath)
        ?? Path.GetExtension(url.AbsolutePath).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html",
            ".txt" => "text/plain",
            _ => null,
        };
}
