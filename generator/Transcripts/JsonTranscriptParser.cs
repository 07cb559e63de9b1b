using System.Text;
using System.Text.Json;
using PodcastSite.Text;

namespace PodcastSite.Transcripts;

/// <summary>The Podcasting 2.0 JSON transcript: <c>{ "segments": [{ "speaker", "startTime", "body" }] }</c>.</summary>
public static class JsonTranscriptParser
{
    /// <returns>The cues, or null with <paramref name="problem"/> set when the file is not that format.</returns>
    public static IReadOnlyList<TranscriptCue>? Parse(string text, ICollection<TranscriptProblem> problems, out string? problem)
    {
        problem = null;
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            // Whole first, so that a file broken anywhere is called invalid JSON whatever it holds before the break.
            JsonDocument.Parse(bytes).Dispose();
        }
        catch (JsonException e)
        {
            problem = $"is not valid JSON ({e.Message})";
            return null;
        }
        // Read token by token, not as a JsonDocument, for where each value starts: a segment's bad time is named there.
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isSegments = reader.ValueTextEquals("segments"u8);
                reader.Read();
                if (isSegments && reader.TokenType == JsonTokenType.StartArray)
                    return Segments(ref reader, bytes, problems);
                reader.Skip();
            }
        problem = "has no `segments` list; a JSON transcript is `{ \"segments\": [{ \"startTime\": 0, \"body\": \"...\" }] }`";
        return null;
    }

    private static List<TranscriptCue> Segments(ref Utf8JsonReader reader, byte[] bytes, ICollection<TranscriptProblem> problems)
    {
        var cues = new List<TranscriptCue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            if (Segment(ref reader, bytes, problems) is { } cue)
                cues.Add(cue);
        }
        return cues;
    }

    private static TranscriptCue? Segment(ref Utf8JsonReader reader, byte[] bytes, ICollection<TranscriptProblem> problems)
    {
        (double Seconds, string Written, long At)? start = null;
        long? notANumberAt = null;
        string? body = null;
        string? speaker = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "startTime" && reader.TokenType == JsonTokenType.Number)
                start = (Seconds(ref reader), Encoding.UTF8.GetString(reader.ValueSpan), reader.TokenStartIndex);
            else if (name == "startTime")
            {
                notANumberAt = reader.TokenStartIndex;
                reader.Skip();
            }
            else if (name == "body" && reader.TokenType == JsonTokenType.String)
                body = reader.GetString();
            else if (name == "speaker" && reader.TokenType == JsonTokenType.String)
                speaker = reader.GetString();
            else
                reader.Skip();
        }
        if (notANumberAt is { } at)
        {
            Report(bytes, at, problems, "`startTime` must be a number of seconds, like `62.5`, not text; the segment is left out of the transcript page");
            return null;
        }
        if (start is null || body is null)
            return null;
        if (start.Value.Seconds < 0)
        {
            Report(
                bytes,
                start.Value.At,
                problems,
                $"`startTime` is `{start.Value.Written}`, before the episode starts; the segment is left out of the transcript page"
            );
            return null;
        }
        if (start.Value.Seconds > DurationText.Longest.TotalSeconds)
        {
            Report(
                bytes,
                start.Value.At,
                problems,
                $"`startTime` is `{start.Value.Written}` seconds, past a week into the episode; no episode runs that long, so is a digit too many? The segment is left out of the transcript page"
            );
            return null;
        }
        return new TranscriptCue(TimeSpan.FromSeconds(start.Value.Seconds), string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim(), body.Trim());
    }

    // A number too large for a double (1e400) is read as infinitely far, before or after the start.
    private static double Seconds(ref Utf8JsonReader reader) =>
        reader.TryGetDouble(out var seconds) ? seconds
        : reader.ValueSpan[0] == (byte)'-' ? double.NegativeInfinity
        : double.PositiveInfinity;

    private static void Report(byte[] bytes, long at, ICollection<TranscriptProblem> problems, string message)
    {
        var (line, column) = Position(bytes, at);
        problems.Add(new TranscriptProblem(line, column, message));
    }

    /// <summary>The line and column, 1-based and in characters, of the byte at <paramref name="at"/>.</summary>
    private static (int Line, int Column) Position(byte[] bytes, long at)
    {
        var before = bytes.AsSpan(0, (int)at);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
