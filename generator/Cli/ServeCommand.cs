using System.CommandLine;
using System.Net;
using PodcastSite.Content;
using PodcastSite.Preview.Hosting;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`serve [DIR]`: a folder already built, served as a static host would serve it; nothing is built or written.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext cli)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The built site",
            DefaultValueFactory = _ => "output",
            HelpName = "DIR",
        };
        var port = CliOptions.Port();
        var host = CliOptions.Host("site");
        var basePath = new Option<string?>("--base-path")
        {
            Description = "The path the site lives under, like /show/; read from the site's feed when not given",
            HelpName = "PATH",
        };
        var command = new Command("serve", "Serve a built site (the output folder) locally, as a static host would") { folder, port, host, basePath };
        command.SetAction(
            async (parse, cancellation) =>
            {
                var directory = parse.GetValue(folder)!;
                var hostName = parse.GetValue(host)!;
                var portNumber = parse.GetValue(port);
                if (!Directory.Exists(directory))
                    return Refuse(cli, $"Folder `{directory}` does not exist. Build the site first (`podcastsite build`), or pass the folder to serve.");
                var feed = PublishedFeed.Find(directory);
                var files = new FolderFiles(directory, BasePath(parse.GetValue(basePath)) ?? feed.BasePath, feed.Path);

                LocalWebServer server;
                try
                {
                    server = await LocalWebServer.StartAsync(hostName, portNumber, context => StaticHost.ServeAsync(context, files), cancellation);
                }
                catch (PortTakenException)
                {
                    return cli.PortInUse(hostName, portNumber);
                }
                await using (server)
                {
                    var url = new Uri(server.Url, files.BasePath);
                    cli.Out.MarkupLine(
                        $"Serving [bold]{Markup.Escape(TerminalText.Clean(SourceLoader.DisplayPath(Path.GetFullPath(directory))))}[/] on [bold]{Markup.Escape(url.AbsoluteUri)}[/] (press Ctrl+C to stop)"
                    );
                    return await cli.ServeUntilStoppedAsync(cancellation);
                }
            }
        );
        return command;
    }

    /// <summary>"show", "/show" and "/show/" all mean "/show/".</summary>
    private static string? BasePath(string? option) => option is null ? null : "/" + option.Trim('/') + (option.Trim('/').Length == 0 ? "" : "/");

    private static int Refuse(CliContext cli, string problem)
    {
        cli.Error.MarkupLine($"[red]Error:[/] {Markup.Escape(problem)}");
        return ExitCodes.Usage;
    }
}
