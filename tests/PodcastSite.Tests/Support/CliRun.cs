using PodcastSite.Audio;
using PodcastSite.Cli;
using Spectre.Console;

namespace PodcastSite.Tests.Support;

/// <summary>Runs the real command line in-process, capturing what it prints.</summary>
public static class CliRun
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args) => Run(TimeProvider.System, args);

    /// <param name="time">The clock the commands see, pinned when the output must not depend on today's date.</param>
    public static Outcome Run(TimeProvider time, params string[] args) => Run(time, httpTimeout: null, args);

    /// <param name="httpTimeout">How long `validate --online` waits for an answer, short for a server that never answers.</param>
    public static Outcome Run(TimeSpan httpTimeout, params string[] args) => Run(TimeProvider.System, httpTimeout, args);

    /// <param name="environment">The only environment variables the commands see (the podping token), so no test changes the process's.</param>
    public static Outcome Run(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(TimeProvider.System, httpTimeout: null, args, environment);

    private static Outcome Run(TimeProvider time, TimeSpan? httpTimeout, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var cli = new CliContext(Console(output), Console(error), time, new AudioProbe());
        if (httpTimeout is { } timeout)
            cli = cli with { HttpTimeout = timeout };
        if (environment is not null)
            cli = cli with { Environment = name => environment.GetValueOrDefault(name) };
        var exitCode = PodcastSiteCli.Run(args, cli, output);
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A context whose output goes nowhere, for tests that capture one stream themselves.</summary>
    public static CliContext Context() => new(Console(TextWriter.Null), Console(TextWriter.Null), TimeProvider.System, new AudioProbe());

    private static IAnsiConsole Console(TextWriter writer)
    {
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            }
        );
        console.Profile.Width = 4096;
        return console;
    }
}
