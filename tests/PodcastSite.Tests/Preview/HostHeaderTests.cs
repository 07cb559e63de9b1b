using PodcastSite.Preview;
using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>
/// Against DNS rebinding: a page on another site that points its name at 127.0.0.1 makes the browser send that
/// name as Host. The preview (drafts and all) and `serve` answer only to the names of this machine.
/// </summary>
[Collection(nameof(ServedSites))]
public sealed class HostHeaderTests(ServedSites sites)
{
    [Theory]
    [InlineData("preview", "127.0.0.1:{port}")]
    [InlineData("preview", "localhost:{port}")]
    [InlineData("preview", "LOCALHOST:{port}")]
    [InlineData("preview", "[::1]:{port}")]
    [InlineData("preview", "localhost")]
    [InlineData("serve", "127.0.0.1:{port}")]
    [InlineData("serve", "localhost:{port}")]
    [InlineData("serve", "[::1]:{port}")]
    public async Task Requests_addressed_to_this_machine_are_answered(string server, string host)
    {
        var url = sites.Server(server);

        var response = await RawHttp.SendAsync(
            url,
            RawHttp.Get("/", host.Replace("{port}", url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        );

        response.Status.ShouldBe(200, response.ToString());
    }

    [Theory]
    [InlineData("preview", "evil.example:{port}")]
    [InlineData("preview", "evil.example")]
    [InlineData("preview", "127.0.0.1.evil.example:{port}")]
    [InlineData("preview", "localhost.evil.example:{port}")]
    [InlineData("preview", "192.168.1.20:{port}")]
    [InlineData("preview", "")]
    [InlineData("serve", "evil.example:{port}")]
    [InlineData("serve", "localhost.evil.example")]
    [InlineData("serve", "")]
    public async Task Requests_addressed_to_another_name_are_refused_with_a_short_message(string server, string host)
    {
        var url = sites.Server(server);

        var response = await RawHttp.SendAsync(
            url,
            RawHttp.Get("/episodes/draft/", host.Replace("{port}", url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        );

        response.Status.ShouldBe(421, response.ToString());
        response.Header("Content-Type").ShouldBe("text/plain; charset=utf-8");
        response.Text.ShouldContain("answers only to its own addresses");
        response.Text.ShouldNotContain("Work in progress");
    }

    [Fact]
    public async Task The_live_reload_events_are_refused_to_another_name_too()
    {
        var response = await RawHttp.SendAsync(sites.PreviewUrl, RawHttp.Get(LiveReload.EventsPath, "evil.example"));

        response.Status.ShouldBe(421, response.ToString());
    }
}
