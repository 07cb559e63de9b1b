namespace PodcastSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
