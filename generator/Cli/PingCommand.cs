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
        var command = new Command(
            "ping",
            "Tell the WebSub hub (and podping.cloud, when podcast.yml asks) that the feed changed, after the new site is online, so apps fetch it now"
        )
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
                if (hub is null && show.Podping is null)
                {
                    cli.Error.MarkupLine(
                        "[red]Error:[/] no hub to ping; add `websub_hub: https://pubsubhubbub.appspot.com/` (or your own hub) or `podping: { token_env: PODPING_TOKEN }` to podcast.yml, or pass [bold]--hub URL[/]."
                    );
                    return ExitCodes.Usage;
                }
                var feed = Feed.FeedText.Url(show.FeedUrl);
                string? token = null;
                if (show.Podping is { } podping && string.IsNullOrWhiteSpace(token = cli.Environment(podping.TokenVariable)))
                {
                    cli.Error.MarkupLine(
                        $"[red]Error:[/] podcast.yml asks for a podping, but the environment variable `{Markup.Escape(podping.TokenVariable)}` is not set; set it to the token podping.cloud gave you (in CI, as a secret)."
                    );
                    return ExitCodes.Usage;
                }
                using var http = cli.Http();
                var pinged = true;
                if (hub is not null)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, hub)
                    {
                        Content = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", feed)]),
                    };
                    pinged &= await Send(cli, http, request, $"the hub `{hub.AbsoluteUri}`", hub, feed, cancellation);
                }
                if (show.Podping is { } service)
                {
                    // podping.cloud's HTTP endpoint: a GET naming the feed, with the token as the whole Authorization header.
                    var query = $"?url={Uri.EscapeDataString(feed)}&reason=update&medium={Uri.EscapeDataString(show.Medium)}";
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(service.Url, query));
                    request.Headers.TryAddWithoutValidation("Authorization", token);
                    request.Headers.UserAgent.Add(new System.Net.Http.Headers.ProductInfoHeaderValue("PodcastSite", ToolVersion.Current));
                    pinged &= await Send(cli, http, request, $"podping `{service.Url.AbsoluteUri}`", service.Url, feed, cancellation);
                }
                if (!pinged)
                    return ExitCodes.ContentErrors;
                return ExitCodes.Success;
            }
        );
        return command;
    }

    /// <summary>Sends one ping and says how it went; false when it did not arrive.</summary>
    private static async Task<bool> Send(
        CliContext cli,
        HttpClient http,
        HttpRequestMessage request,
        string what,
        Uri target,
        string feed,
        CancellationToken cancellation
    )
    {
        try
        {
            using var response = await http.SendAsync(request, cancellation);
            if (!response.IsSuccessStatusCode)
            {
                cli.Error.MarkupLine(
                    $"[red]Error:[/] {Markup.Escape(what)} refused the ping with HTTP {(int)response.StatusCode} {Markup.Escape(response.ReasonPhrase ?? "")}; check its address, and that it accepts pings for `{Markup.Escape(feed)}`."
                );
                return false;
            }
        }
        catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && !cancellation.IsCancellationRequested)
        {
            var why = e is HttpRequestException failure ? Web.WebConnections.Reason(failure) : $"no answer within {cli.HttpTimeout.TotalSeconds:0} seconds";
            cli.Error.MarkupLine($"[red]Error:[/] could not reach {Markup.Escape(what)}: {Markup.Escape(why)}");
            return false;
        }
        cli.Out.MarkupLine($"[green]Pinged[/] {Markup.Escape(target.AbsoluteUri)} for {Markup.Escape(feed)}");
        return true;
    }
}
