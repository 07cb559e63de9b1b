using System.CommandLine;
using System.Net;
using PodcastSite.Content;
using PodcastSite.Preview;
using PodcastSite.Preview.Hosting;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`preview`: serve the site locally, rebuild on every change, reload the browser.</summary>
public static class PreviewCommand
{
    public static Command Create(CliContext cli)
    {
        var input = CliOptions.Input();
        var theme = CliOptions.Theme();
        var port = CliOptions.Port();
        var host = CliOptions.Host("preview");
        var open = new Option<bool>("--open") { Description = "Open the site in your browser" };
        var command = new Command("preview", "Serve the site locally with drafts and scheduled episodes, rebuilding and reloading on every change")
        {
            input,
            theme,
            port,
            host,
            open,
        };
        command.SetAction(
            async (parse, cancellation) =>
            {
                var folders = cli.ResolveFolders(parse.GetValue(input)!, parse.GetValue(theme), output: null);
                if (folders is null)
                    return ExitCodes.Usage;
                var hostName = parse.GetValue(host)!;
                var portNumber = parse.GetValue(port);
                var builder = new IncrementalBuilder(
                    folders.Input,
                    folders.Theme,
                    () => new BuildOptions(cli.Time.GetUtcNow(), IncludeDrafts: true, IncludeFuture: true),
                    cli.Probe,
                    cli.Images
                );
                // A show without its own theme folder is watched for one: `theme eject` while previewing is the way to start one.
                var watched = new[] { folders.Input, folders.Theme };
                await using var server = new PreviewServer(
                    builder,
                    watched,
                    new PreviewOptions(hostName, portNumber, TimeSpan.FromMilliseconds(15)),
                    (build, sinceChange) => Report(cli, build, sinceChange)
                );
                try
                {
                    await server.StartAsync(cancellation);
                }
                catch (PortTakenException)
                {
                    return cli.PortInUse(hostName, portNumber);
                }
                cli.Out.MarkupLine($"Serving [bold]{Markup.Escape(server.Url.AbsoluteUri)}[/] (drafts and scheduled episodes included). Press Ctrl+C to stop.");
                if (parse.GetValue(open))
                    PreviewServer.OpenBrowser(server.Url);
                return await cli.ServeUntilStoppedAsync(cancellation);
            }
        );
        return command;
    }

    private static void Report(CliContext cli, PreviewBuild build, TimeSpan? sinceChange)
    {
        DiagnosticPrinter.Print(cli.Error, build.Diagnostics);
        var when = sinceChange is { } t
            ? $"Rebuilt in {build.Elapsed.TotalMilliseconds:0} ms ({t.TotalMilliseconds:0} ms after the change)"
            : $"Built in {build.Elapsed.TotalMilliseconds:0} ms";
        cli.Out.MarkupLine(
            build.Failed
                ? $"[red]{Markup.Escape(when)}: {DiagnosticPrinter.Summary(build.Diagnostics)}[/]; the browser shows them until they are fixed."
                : $"{Markup.Escape(when)}: {build.Files.Count} files ({DiagnosticPrinter.Summary(build.Diagnostics)})."
        );
    }
}
