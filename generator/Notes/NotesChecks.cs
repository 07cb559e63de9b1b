using Markdig.Syntax;
using PodcastSite.Diagnostics;
using PodcastSite.Markdown;
using PodcastSite.Model;
using PodcastSite.Text;

namespace PodcastSite.Notes;

/// <summary>
/// The checks of an episode's notes that need them parsed: made where they are parsed to be rendered, so that a build
/// parses each body once (the episode's parse reads only its first paragraph, for the summary).
/// </summary>
public static class NotesChecks
{
    /// <summary>Parses and checks the notes of episodes no render will parse (left out, or in a build that failed), on every core.</summary>
    public static void ReportUnrendered(IEnumerable<Episode> episodes, DiagnosticBag diagnostics) =>
        Parallel.ForEach(episodes, episode => Report(episode, ShowNotes.Of(episode), diagnostics));

    public static void Report(Episode episode, ShowNotes notes, DiagnosticBag diagnostics)
    {
        if (notes.BodyProblem is { } problem)
            diagnostics.Error(episode.SourcePath, episode.BodyFirstLine, 1, problem);
        if (episode.Audio?.Duration is not { } duration)
            return;
        foreach (var timestamp in notes.Body.Descendants<TimestampInline>().Where(t => t.Time > duration))
            diagnostics.Warning(
                episode.SourcePath,
                episode.BodyFirstLine + timestamp.Line,
                timestamp.Column + 1,
                $"timestamp [{timestamp.Text}] is past the end of the episode ({DurationText.Format(duration)})"
            );
    }
}
