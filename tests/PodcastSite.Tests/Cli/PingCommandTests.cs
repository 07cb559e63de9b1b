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

    [Fact]
    public void Ping_tells_podping_with_the_token_from_the_environment()
    {
        using var podping = new LocalWebServer().On("", Answer(200));
        using var site = new DiskSite(Show($"podping: {{ url: \"{podping.Address}\", token_env: BUILDLOG_PODPING }}"));

        var result = CliRun.Run(new Dictionary<string, string> { ["BUILDLOG_PODPING"] = "secret-token" }, "ping", "--input", site.Input);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain($"Pinged {podping.Address} for https://example.com/feed.xml");
        var request = podping.Received.ShouldHaveSingleItem("podping should get exactly one request");
        request.Method.ShouldBe("GET");
        request.Query.ShouldBe("?url=https%3A%2F%2Fexample.com%2Ffeed.xml&reason=update&medium=podcast");
        request.Authorization.ShouldBe("secret-token", "the token goes in the Authorization header as it is");
        request.UserAgent.ShouldStartWith("PodcastSite/");
    }

    [Fact]
    public void Ping_tells_both_the_hub_and_podping_when_the_show_names_both()
    {
        using var server = new LocalWebServer().On("hub", Answer(204)).On("podping", Answer(200));
        using var site = new DiskSite(Show($"websub_hub: {server.Url("hub")}\npodping: {{ url: \"{server.Url("podping")}\" }}"));

        var result = CliRun.Run(new Dictionary<string, string> { ["PODPING_TOKEN"] = "t" }, "ping", "--input", site.Input);

        result.ExitCode.ShouldBe(0, result.Error);
        server.Received.Select(r => r.Path).Order().ShouldBe(["/hub", "/podping"]);
    }

    [Fact]
    public void Without_the_token_in_the_environment_ping_says_which_variable_to_set_and_sends_nothing()
    {
        using var podping = new LocalWebServer().On("", Answer(200));
        using var site = new DiskSite(Show($"podping: {{ url: \"{podping.Address}\" }}"));

        var result = CliRun.Run(new Dictionary<string, string>(), "ping", "--input", site.Input);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("the environment variable `PODPING_TOKEN` is not set");
        podping.Received.ShouldBeEmpty("nothing may be sent without a token");
    }

    [Fact]
    public void Podping_refusing_the_token_fails_the_command_with_its_status()
    {
        using var podping = new LocalWebServer().On("", Answer(401));
        using var site = new DiskSite(Show($"podping: {{ url: \"{podping.Address}\" }}"));

        var result = CliRun.Run(new Dictionary<string, string> { ["PODPING_TOKEN"] = "wrong" }, "ping", "--input", site.Input);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain($"Error: podping `{podping.Address}` refused the ping with HTTP 401");
    }

    [Fact]
    public void A_token_written_into_podcast_yml_is_refused()
    {
        using var site = new DiskSite(Show("podping: { token_env: \"abc 123-secret\" }"));

        var result = CliRun.Run(new Dictionary<string, string>(), "ping", "--input", site.Input);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("`token_env` must be the name of the environment variable that holds the podping token");
    }

    private static string Show(string keys) => TestSite.Show.Replace("categories: [Technology]", "categories: [Technology]\n" + keys);

    private static Func<System.Net.HttpListenerResponse, CancellationToken, Task> Answer(int status) =>
        (response, _) =>
        {
            response.StatusCode = status;
            return Task.CompletedTask;
        };
}
