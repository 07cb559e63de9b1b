using System.Text.Json;

namespace PodcastSite.Transcripts;

/// <summary>The Podcasting 2.0 JSON transcript: <c>{ "segments": [{ "speaker", "startTime", "body" }] }</c>.</summary>
public static class JsonTranscriptParser
{
    /// <returns>The cues, or null with <paramref name="problem"/> set when the file is not that format.</returns>
    public static IReadOnlyList<TranscriptCue>? Parse(string text, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (
                document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("segments", out var segments)
                || segments.ValueKind != JsonValueKind.Array
            )
            {
                problem = "has no `segments` list; a JSON transcript is `{ \"segments\": [{ \"startTime\": 0, \"body\": \"...\" }] }`";
                return null;
            }
            var cues = new List<TranscriptCue>();
            foreach (var segment in segments.EnumerateArray())
            {
                if (segment.ValueKind != JsonValueKind.Object)
                    continue;
                if (!segment.TryGetProperty("startTime", out var start) || !start.TryGetDouble(out var seconds))
                    continue;
                if (!segment.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String)
                    continue;
                var speaker = segment.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                cues.Add(
                    new TranscriptCue(
                        TimeSpan.FromSeconds(Math.Max(0, seconds)),
                        string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim(),
                        body.GetString()!.Trim()
                    )
                );
            }
            return cues;
        }
        catch (JsonException e)
        {
            problem = $"is not valid JSON ({e.Message})";
            return null;
        }
    }
}
