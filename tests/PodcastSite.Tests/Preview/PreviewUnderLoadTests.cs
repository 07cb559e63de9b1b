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
        // A timeout beyond which a stalled server fails the test rather than hanging it.
        _http = new HttpClient { BaseAddress = _server.Url, Timeout = TimeSpan.FromSeconds(15) };
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }

    private static string Episode(int number) => $$"""

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
        var times = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => TimeAsync(path, null, HttpStatusCode.OK)));

        times.Max().ShouldBeLessThan(Slowest, $"64 requests at once for {path}; the slowest took {times.Max().TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_thousand_mixed_requests_at_once_are_all_answered_within_2_s()
    {
        var times = await RunMixAsync(1000);

        times.Max().ShouldBeLessThan(Slowest, $"the slowest of 1,000 requests took {times.Max().TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Memory_is_back_where_it_was_after_a_thousand_requests()
    {
        // The first run fills Kestrel's buffer pools and the files made on demand, which are meant to stay.
        await RunMixAsync(1000);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        await RunMixAsync(1000);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        (after - before).ShouldBeLessThan(8L << 20, $"memory went from {before >> 20} MB to {after >> 20} MB");
    }

    [Fact]
    public async Task Clients_that_send_slowly_or_not_at_all_hold_up_no_one()
    {
        using var stop = new CancellationTokenSource();
        var silent = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            var client = new TcpClient();
            await client.ConnectAsync(_server.Url.Host, _server.Url.Port);
            return client;
        }));
        var dribbling = Enumerable.Range(0, 10).Select(_ => DribbleAsync(stop.Token)).ToList();
        try
        {
            await Task.Delay(200);

            var times = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => TimeAsync(Mix[i % Mix.Length].Path, Mix[i % Mix.Length].Range, Mix[i % Mix.Length].Status)));

            times.Max().ShouldBeLessThan(Slowest, $"the slowest request beside slow clients took {times.Max().TotalMilliseconds:0} ms");
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var client in silent) client.Dispose();
            await Task.WhenAll(dribbling);
        }
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
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<TimeSpan[]> RunMixAsync(int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => TimeAsync(Mix[i % Mix.Length].Path, Mix[i % Mix.Length].Range, Mix[i % Mix.Length].Status)));

    private async Task<TimeSpan> TimeAsync(string path, RangeHeaderValue? range, HttpStatusCode status)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Range = range;
        using var response = await _http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(status, path);
        return clock.Elapsed;
    }
}
