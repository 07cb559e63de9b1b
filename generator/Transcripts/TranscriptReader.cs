using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Model;

namespace PodcastSite.Transcripts;

/// <summary>Parse: each episode's transcript file into cues for its transcript page, keyed by the file's path.</summary>
public static class TranscriptReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<TranscriptCue>> ReadAll(Site site, SourceFolder input, DiagnosticBag diagnostics)
    {
        var cues = new Dictionary<string, IReadOnlyList<TranscriptCue>>(StringComparer.Ordinal);
        foreach (var path in site.Episodes.Select(e => e.LocalTranscript?.Location).OfType<string>().Distinct())
        {
            if (input.Find(path) is not { } file)
                continue;
            // Read once, for the mark and the text alike.
            var bytes = file.ReadBytes();
            // The file is published as it is, and apps, browsers and the _headers file take transcripts for UTF-8.
            if (SourceText.HasWideBom(bytes))
            {
                diagnostics.Error(
                    file.DisplayPath,
                    1,
                    1,
                    $"`{path}` is UTF-16 or UTF-32 text, and podcast apps and browsers read a transcript as UTF-8; save it as UTF-8 in your editor"
                );
                continue;
            }
            if (SourceText.Decode(bytes, file.DisplayPath, diagnostics) is not { } text)
                continue;
            var problems = new List<TranscriptProblem>();
            var parsed = Read(path, text, problems, out var problem);
            foreach (var line in problems)
                diagnostics.Warning(file.DisplayPath, line.Line, line.Column, line.Message);
            // The file is still published and linked as it is; only the page made from it is left out.
            if (parsed is null || parsed.Count == 0)
                diagnostics.Warning(file.DisplayPath, 1, 1, $"`{path}` {problem ?? "holds no timed lines"}; the episode gets no transcript page");
            else
                cues[path] = parsed;
        }
        return cues;
    }

    public static IReadOnlyList<TranscriptCue>? Read(string path, string text, ICollection<TranscriptProblem> problems, out string? problem)
    {
        problem = null;
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => JsonTranscriptParser.Parse(text, problems, out problem),
            _ => CaptionParser.Parse(text, problems),
        };
    }
}
