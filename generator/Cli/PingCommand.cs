using System.CommandLine;
using PodcastSite.Content;
using PodcastSite.Diagnostics;
using Spectre.Console;

namespace PodcastSite.Cli;

/// <summary>`ping`: tells the show's WebSub hub that the feed changed, so subscribed apps fetch it now (WebSub §7, publishing).</summary>
public static class PingCommand
{
    public static Command Create(CliContext cli)
    {
        var input = CliOptions.Input();
        var hubOption = new Option<Uri?>("--hub")
        {
            Description = "The WebSub hub to tell (default: `websub_hub` in podcast.yml)",
            HelpName = "URL",
            CustomParser = r =>
            {
                var text = r.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
                    return url;
                r.AddError($"--hub must be the http(s) address of a WebSub hub, like https://pubsubhubbub.appspot.com/, not `{text}`");
                return null;
            },
        };
        var command = new Command("ping", "Tell the WebSub hub that the feed changed, after the new site is online, so apps that subscribe there fetch it now")
        {
            input,
            hubOption,
        };
        command.SetAction(
            async (parse, cancellation) =>
            {
                var folders = cli.ResolveFolders(parse.GetValue(input)!, theme: null, output: null);
                if (folders is null)
                    return ExitCodes.Usage;
                var diagnostics = new DiagnosticBag();
                var show = ShowParser.Parse(SourceLoader.LoadFolder(folders.Input), diagnostics);
                if (show is null || diagnostics.HasErrors)
                {
                    DiagnosticPrinter.Print(cli.Error, diagnostics.ToSortedList());
                    return ExitCodes.ContentErrors;
                }
                var hub = parse.GetValue(hubOption) ?? show.WebSubHub;
                if (hub is null)
                {
                    cli.Error.MarkupLine(
                        "[red]Error:[/] no hub to ping; add `websub_hub: https://pubsubhubbub.appspot.com/` (or your own hub) to podcast.yml, or pass [bold]--hub URL[/]."
                    );
                    return ExitCodes.Usage;
                }
                var feed = Feed.FeedText.Url(show.FeedUrl);
                using var http = cli.Http();
                using var form = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", feed)]);
                try
                {
                    using var response = await http.PostAsync(hub, form, cancellation);
                    if (!response.IsSuccessStatusCode)
                    {
                        cli.Error.MarkupLine(
                            $"[red]Error:[/] the hub `{Markup.Escape(hub.AbsoluteUri)}` refused the ping with HTTP {(int)response.StatusCode} {Markup.Escape(response.ReasonPhrase ?? "")}; check the hub's address, and that it accepts publish pings for `{Markup.Escape(feed)}`."
                        );
                        return ExitCodes.ContentErrors;
                    }
                }
                catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && !cancellation.IsCancellationRequested)
                {
                    var why = e is TaskCanceledException ? $"no answer within {cli.HttpTimeout.TotalSeconds:0} seconds" : e.Message;
                    cli.Error.MarkupLine($"[red]Error:[/] could not reach the hub `{Markup.Escape(hub.AbsoluteUri)}`: {Markup.Escape(why)}");
                    return ExitCodes.ContentErrors;
                }
                cli.Out.MarkupLine($"[green]Pinged[/] {Markup.Escape(hub.AbsoluteUri)} for {Markup.Escape(feed)}");
                return ExitCodes.Success;
            }
        );
        return command;
    }
}
