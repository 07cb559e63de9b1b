namespace PodcastSite.Diagnostics;

/// <summary>A place in a user's file, 1-based, as shown in diagnostics.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column);
