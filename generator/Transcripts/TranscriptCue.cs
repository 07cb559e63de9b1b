namespace PodcastSite.Transcripts;

/// <summary>One line of a transcript: when it is said, by whom when the file names a speaker, and what.</summary>
public sealed record TranscriptCue(TimeSpan Start, string? Speaker, string Text);
