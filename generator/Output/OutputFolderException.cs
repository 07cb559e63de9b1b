namespace PodcastSite.Output;

/// <summary>The output folder is not one a build may replace; the message says why and how to proceed.</summary>
public sealed class OutputFolderException(string message) : IOException(message);
