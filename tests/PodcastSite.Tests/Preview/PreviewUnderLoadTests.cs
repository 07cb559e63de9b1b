using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using PodcastSite.Preview;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>Tests that time requests run alone, so that other tests do not take the cores they measure.</summary>
[CollectionDefinition(nameof(PreviewUnderLoadTests), DisableParallelization = true)]
public sealed class PreviewUnderLoadCollection;

/// <summary>
/// The preview under many requests at once, each test on a cold server of its own (nothing made on demand yet):
/// every request is answered, none waits for seconds, and slow or silent clients hold up no one.
/// </summary>
[Collection(nameof(PreviewUnderLoadTests))]
public sealed class PreviewUnderLoadTests : IAsyncLifetime
{
    private static readonly TimeSpan Slowest = TimeSpan.FromSeconds(2);

    private static readonly (string Path, RangeHeaderValue? Range, HttpStatusCode Status)[] Mix =
    [
        ("", null, HttpStatusCode.OK),
        ("episodes/hello/", null, HttpStatusCode.OK),
        ("episodes/draft/", null, HttpStatusCode.OK),
        ("guests/", null, HttpStatusCode.OK),
        ("feed.xml", null, HttpStatusCode.OK),
        ("search.json", null, HttpStatusCode.OK),
        ("css/site.css", null, HttpStatusCode.OK),
        ("assets/audio/draft.mp3", new RangeHeaderValue(0, 1023), HttpStatusCode.PartialContent),
        ("assets/audio/draft.mp3", new RangeHeaderValue(2048, null), HttpStatusCode.PartialContent),
        ("no/such/page/", null, HttpStatusCode.NotFound),
    ];

    // Enough episodes that making the feed takes a moment, as it does for a real show: long enough for requests
    // that wait on it to pile up.
    private readonly DiskSite _site = new(PreviewServerTests.Fixture + string.Concat(Enumerable.Range(1, 40).Select(Episode)));
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    public async ValueTask InitializeAsync()
    {
        (_, _server) = await _site.StartPreviewAsync();
        _server.Current.Failed.ShouldBeFalse(string.Join('\n', _server.Current.Diagnostics));
        _http = NewClient();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }

    private static string Episode(int number) =>
        $$"""

            -- input/episodes/episode-{{number}}.md --
            ---
            title: Episode {{number}}
            date: 2025-{{1 + number % 12:00}}-{{1 + number % 28:00}}T10:00:00Z
            guid: episode-{{number}}
            audio: { url: "https://media.example.com/archive/{{number}}.mp3", length: 1000, duration: "30:00" }
            guest:
              - name: Guest {{number % 7}}
            chapters:
              - { start: "0:00", title: Intro }
              - { start: "5:00", title: "Topic {{number}}" }
            ---
            Notes of episode {{number}}, with [a link](https://example.com/{{number}}) and **some** _emphasis_ at [5:00].

            - a list
            - of things
            """;

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("search.json")]
    public async Task Many_first_requests_for_a_file_made_on_demand_are_answered_at_once(string path)
    {
        var times = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => TimeAsync(_http, path, null, HttpStatusCode.OK)));

        times.Max().ShouldBeLessThan(Slowest, $"64 requests at once for {path}; the slowest took {times.Max().TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_thousand_mixed_requests_at_once_are_all_answered_within_2_s()
    {
        var times = await RunMixAsync(1000);

        times.Max().ShouldBeLessThan(Slowest, $"the slowest of 1,000 requests took {times.Max().TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Memory_stays_steady_over_thousands_of_requests()
    {
        // The first run fills what is meant to stay: Kestrel's buffer pools, the files made on demand. A few MB
        // come and go between runs (the pools grow to the most connections open at once); a leak of a few KB a
        // request grows with every run, past that.
        await RunMixAsync(1000);
        var before = await MemoryOnceConnectionsCloseAsync();

        for (var run = 0; run < 3; run++)
            await RunMixAsync(1000);
        var after = await MemoryOnceConnectionsCloseAsync();

        (after - before).ShouldBeLessThan(16L << 20, $"memory went from {before >> 20} MB to {after >> 20} MB over 3,000 requests");
    }

    [Fact]
    public async Task Clients_that_send_slowly_or_not_at_all_hold_up_no_one()
    {
        using var stop = new CancellationTokenSource();
        var silent = await Task.WhenAll(
            Enumerable
                .Range(0, 50)
                .Select(async _ =>
                {
                    var client = new TcpClient();
                    await client.ConnectAsync(_server.Url.Host, _server.Url.Port);
                    return client;
                })
        );
        var dribbling = Enumerable.Range(0, 10).Select(_ => DribbleAsync(stop.Token)).ToList();
        try
        {
            await Task.Delay(200);

            var times = await RunMixAsync(100);

            times.Max().ShouldBeLessThan(Slowest, $"the slowest request beside slow clients took {times.Max().TotalMilliseconds:0} ms");
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var client in silent)
                client.Dispose();
            await Task.WhenAll(dribbling);
        }
    }

    private static async Task<long> MemoryOnceConnectionsCloseAsync()
    {
        // The server lets go of a closed connection's buffers as soon as it sees the close, a moment later.
        await Task.Delay(300);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>A client that sends its request one byte every 50 ms until told to stop.</summary>
    private async Task DribbleAsync(CancellationToken stop)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_server.Url.Host, _server.Url.Port);
        var request = Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {_server.Url.Authority}\r\nX-Padding: {new string('x', 4000)}\r\n\r\n");
        try
        {
            foreach (var b in request)
            {
                await client.GetStream().WriteAsync(new[] { b }, stop);
                await Task.Delay(50, stop);
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>A run on connections of its own, closed after it, so that one run leaves nothing open for the next.</summary>
    private async Task<TimeSpan[]> RunMixAsync(int count)
    {
        using var http = NewClient();
        return await Task.WhenAll(
            Enumerable.Range(0, count).Select(i => TimeAsync(http, Mix[i % Mix.Length].Path, Mix[i % Mix.Length].Range, Mix[i % Mix.Length].Status))
        );
    }

    // A timeout beyond which a stalled server fails the test rather than hanging it.
    private HttpClient NewClient() => new() { BaseAddress = _server.Url, Timeout = TimeSpan.FromSeconds(15) };

    private static async Task<TimeSpan> TimeAsync(HttpClient http, string path, RangeHeaderValue? range, HttpStatusCode status)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Range = range;
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(status, path);
        return clock.Elapsed;
    }
}
