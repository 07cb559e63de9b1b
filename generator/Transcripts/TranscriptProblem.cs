namespace PodcastSite.Transcripts;

/// <summary>A line of a transcript that cannot be read, where it stands in the file (1-based); the line is left out.</summary>
public sealed record TranscriptProblem(int Line, int Column, string Message);
