using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace PodcastSite.Transcripts;

/// <summary>
/// WebVTT and SubRip captions, which share their shape: blocks apart by blank lines, each with a
/// <c>start --> end</c> line and the words below it. A VTT voice tag (<c>&lt;v Maya&gt;</c>) names the speaker.
/// </summary>
public static partial class CaptionParser
{
    public static IReadOnlyList<TranscriptCue> Parse(string text)
    {
        var cues = new List<TranscriptCue>();
        foreach (var block in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var timing = Array.FindIndex(lines, l => l.Contains("-->", StringComparison.Ordinal));
            if (timing < 0)
                continue;
            var start = Timing().Match(lines[timing]);
            if (!start.Success)
                continue;
            var words = string.Join(' ', lines.Skip(timing + 1)).Trim();
            if (words.Length == 0)
                continue;
            string? speaker = null;
            var voice = Voice().Match(words);
            if (voice.Success)
                speaker = voice.Groups["name"].Value.Trim();
            var plain = WebUtility.HtmlDecode(Tag().Replace(words, "")).Trim();
            if (plain.Length > 0)
                cues.Add(new TranscriptCue(TimeOf(start), speaker, plain));
        }
        return cues;
    }

    private static TimeSpan TimeOf(Match match)
    {
        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(
            0,
            hours,
            int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture)
        );
    }

    // VTT may leave out the hours and writes `.` before the milliseconds; SRT always has hours and writes `,`.
    [GeneratedRegex(@"^\s*(?:(?<h>\d+):)?(?<m>\d{2}):(?<s>\d{2})[.,](?<ms>\d{3})\s*-->")]
    private static partial Regex Timing();

    [GeneratedRegex(@"^<v(?:\.[^\s>]*)?\s+(?<name>[^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
