using PodcastSite.Tests.Support;

namespace PodcastSite.Tests.Hostile;

/// <summary>
/// The <c>expected</c> file of a case: <c>exit N</c>, then everything the command printed to standard error, exactly
/// (each diagnostic with the line it points at), invisible characters written as <c>&lt;U+XXXX&gt;</c>.
/// Standard output is left out: it says how many milliseconds the build took.
/// </summary>
public static class ExpectedOutput
{
    public static string Of(CliRun.Outcome outcome) => $"exit {outcome.ExitCode}\n{VisibleText.Show(outcome.Error)}";
}
