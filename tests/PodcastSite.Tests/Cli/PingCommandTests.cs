using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Cli;

/// <summary>`ping` against a hub on 127.0.0.1; the tests never reach beyond this machine.</summary>
public sealed class PingCommandTests
{
    [Fact]
    public void Ping_tells_the_shows_hub_that_the_feed_changed()
    {
        using var hub = new LocalWebServer().On("hub", Answer(204));
        using var site = new DiskSite(Show($"websub_hub: {hub.Url("hub")}"));

        var result = CliRun.Run("ping", "--input", site.Input);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain($"Pinged {hub.Url("hub")} for https://example.com/feed.xml");
        var request = hub.Received.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/hub");
        request.ContentType.ShouldBe("application/x-www-form-urlencoded");
        request.Body.ShouldBe("hub.mode=publish&hub.url=https%3A%2F%2Fexample.com%2Ffeed.xml");
    }

    [Fact]
    public void The_hub_option_takes_the_place_of_the_shows_hub()
    {
        using var hub = new LocalWebServer().On("other", Answer(202));
        using var site = new DiskSite(Show("websub_hub: https://hub.example.invalid/"));

        var result = CliRun.Run("ping", "--input", site.Input, "--hub", hub.Url("other").AbsoluteUri);

        result.ExitCode.ShouldBe(0, result.Error);
        hub.Received.ShouldHaveSingleItem().Path.ShouldBe("/other");
    }

    [Fact]
    public void A_hub_that_refuses_the_ping_fails_the_command_with_its_status()
    {
        using var hub = new LocalWebServer().On("hub", Answer(400));
        using var site = new DiskSite(Show($"websub_hub: {hub.Url("hub")}"));

        var result = CliRun.Run("ping", "--input", site.Input);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain($"Error: the hub `{hub.Url("hub")}` refused the ping with HTTP 400");
    }

    [Fact]
    public void Without_a_hub_ping_says_where_to_name_one()
    {
        using var site = new DiskSite(Show(""));

        var result = CliRun.Run("ping", "--input", site.Input);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("no hub to ping; add `websub_hub: https://pubsubhubbub.appspot.com/`");
    }

    private static string Show(string keys) => TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + keys);

    private static Func<System.Net.HttpListenerResponse, CancellationToken, Task> Answer(int status) =>
        (response, _) =>
        {
            response.StatusCode = status;
            return Task.CompletedTask;
        };
}
