using System.Net;
using System.Text.RegularExpressions;
using PodcastSite.Text;

namespace PodcastSite.Transcripts;

/// <summary>
/// WebVTT and SubRip captions, which share their shape: blocks apart by blank lines, each with a
/// <c>start --> end</c> line and the words below it. A VTT voice tag (<c>&lt;v Maya&gt;</c>) names the speaker.
/// </summary>
public static partial class CaptionParser
{
    public static IReadOnlyList<TranscriptCue> Parse(string text, ICollection<TranscriptProblem> problems)
    {
        var cues = new List<TranscriptCue>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var first = 0; first < lines.Length; )
        {
            var end = Array.IndexOf(lines, "", first);
            if (end < 0)
                end = lines.Length;
            if (Cue(lines, first, end, problems) is { } cue)
                cues.Add(cue);
            first = end + 1;
        }
        return cues;
    }

    /// <summary>The cue of the block of <paramref name="lines"/> from <paramref name="first"/> up to <paramref name="end"/>.</summary>
    private static TranscriptCue? Cue(string[] lines, int first, int end, ICollection<TranscriptProblem> problems)
    {
        var timing = Array.FindIndex(lines, first, end - first, l => l.Contains("-->", StringComparison.Ordinal));
        if (timing < 0)
            return null;
        if (Start(lines[timing], timing + 1, problems) is not { } start)
            return null;
        var words = string.Join(' ', lines[(timing + 1)..end]).Trim();
        if (words.Length == 0)
            return null;
        string? speaker = null;
        var voice = Voice().Match(words);
        if (voice.Success)
            speaker = voice.Groups["name"].Value.Trim();
        var plain = WebUtility.HtmlDecode(Tag().Replace(words, "")).Trim();
        return plain.Length > 0 ? new TranscriptCue(start, speaker, plain) : null;
    }

    private static TimeSpan? Start(string timing, int line, ICollection<TranscriptProblem> problems)
    {
        var match = Timing().Match(timing);
        var written = match.Success ? match.Groups["start"] : null;
        // DurationText holds minutes and seconds below 60 and the whole below a week, as it does for front matter.
        var tooLong = false;
        if (written is not null && DurationText.TryParse(written.Value.Replace(',', '.'), out var start, out tooLong))
            return start;
        var text = written?.Value ?? timing[..timing.IndexOf("-->", StringComparison.Ordinal)].Trim();
        var column = (written?.Index ?? timing.Length - timing.TrimStart().Length) + 1;
        problems.Add(
            new TranscriptProblem(
                line,
                column,
                tooLong
                    ? $"this caption starts at `{text}`, past a week into the episode; no episode runs that long, so is a digit too many? The caption is left out of the transcript page"
                    : $"`{text}` is not a time as `00:01:02.500` (WebVTT) or `00:01:02,500` (SubRip), with minutes and seconds below 60; the caption is left out of the transcript page"
            )
        );
        return null;
    }

    // VTT may leave out the hours and writes `.` before the milliseconds; SRT always has hours and writes `,`.
    // [0-9], not \d, which matches every script's digits: `٠٠:٠٠.٠٠٠` is no time a player reads.
    [GeneratedRegex(@"^\s*(?<start>(?:[0-9]+:)?[0-9]{2}:[0-9]{2}[.,][0-9]{3})\s*-->")]
    private static partial Regex Timing();

    [GeneratedRegex(@"^<v(?:\.[^\s>]*)?\s+(?<name>[^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
