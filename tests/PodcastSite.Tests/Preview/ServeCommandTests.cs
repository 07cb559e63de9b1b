using System.Net;
using System.Net.Http.Headers;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>`podcastsite serve`: a built folder served as a static host would, over real HTTP, by the real command.</summary>
[Collection(nameof(ServedSites))]
public sealed class ServeCommandTests(ServedSites sites) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false })
    {
        BaseAddress = sites.ServeUrl,
        Timeout = TimeSpan.FromSeconds(10),
    };

    public void Dispose() => _http.Dispose();

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("episodes/hello/", "text/html")]
    [InlineData("feed.xml", "application/rss+xml")]
    [InlineData("search.json", "application/json")]
    [InlineData("assets/audio/draft.mp3", "audio/mpeg")]
    [InlineData("assets/draft.vtt", "text/vtt")]
    [InlineData("css/site.css", "text/css")]
    [InlineData("js/player.js", "text/javascript")]
    public async Task Files_are_served_with_the_same_content_type_as_the_preview_serves(string path, string type)
    {
        using var served = await _http.GetAsync(path);
        using var previewed = await _http.GetAsync(new Uri(sites.PreviewUrl, path));

        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe(type);
        served.Content.Headers.ContentType.ToString().ShouldBe(previewed.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Pages_are_served_as_built_without_the_live_reload_script()
    {
        var page = await _http.GetStringAsync("episodes/hello/");

        page.ShouldBe(await File.ReadAllTextAsync(Path.Combine(sites.Output, "episodes/hello/index.html")));
        page.ShouldNotContain("podcastsite-live-reload");
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_it()
    {
        using var response = await _http.GetAsync("episodes/hello?t=1");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/episodes/hello/?t=1");
    }

    [Fact]
    public async Task A_named_pipe_in_the_folder_is_not_found_instead_of_holding_the_request()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "pipes are not files on Windows");
        var pipe = Path.Combine(sites.Output, "pipe.html");
        NamedPipe.Make(pipe);
        try
        {
            using var response = await _http.GetAsync("pipe.html", TestContext.Current.CancellationToken);

            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        finally
        {
            File.Delete(pipe);
        }
    }

    [Fact]
    public async Task A_missing_page_gets_the_themes_404_page_from_the_folder()
    {
        using var response = await _http.GetAsync("no/such/page/");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldBe(await File.ReadAllTextAsync(Path.Combine(sites.Output, "404.html")));
    }

    [Fact]
    public async Task Head_answers_the_headers_of_get_without_a_body()
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "assets/audio/draft.mp3"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.ShouldBe(new FileInfo(Path.Combine(sites.Output, "assets/audio/draft.mp3")).Length);
        response.Headers.AcceptRanges.ShouldContain("bytes");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Audio_answers_a_byte_range_so_the_player_can_seek()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "assets/audio/draft.mp3");
        request.Headers.Range = new RangeHeaderValue(100, 199);

        using var response = await _http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(File.ReadAllBytes(Path.Combine(sites.Output, "assets/audio/draft.mp3"))[100..200]);
    }

    [Fact]
    public async Task Serving_writes_nothing()
    {
        var before = Snapshot(sites.Site.Root);

        foreach (var path in (string[])["", "episodes/hello/", "feed.xml", "search.json", "no/such/page/", "assets/audio/draft.mp3"])
            using (await _http.GetAsync(path)) { }

        Snapshot(sites.Site.Root).ShouldBe(before);
    }

    [Fact]
    public void A_port_in_use_is_a_one_line_error_that_suggests_another()
    {
        using var taken = new TakenPort();

        var result = CliRun.Run("serve", sites.Output, "--port", taken.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        result.ExitCode.ShouldBe(2);
        result.Error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain($"port {taken.Port} on 127.0.0.1 is already in use; pass --port");
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_refused_in_one_line_with_exit_code_2()
    {
        var missing = Path.Combine(sites.Site.Root, "not-built");

        var result = CliRun.Run("serve", missing);

        result.ExitCode.ShouldBe(2);
        result.Error.TrimEnd().ShouldBe($"Error: Folder `{missing}` does not exist. Build the site first (`podcastsite build`), or pass the folder to serve.");
    }

    [Fact]
    public void It_says_which_folder_it_serves_and_where()
    {
        sites.ServeAnnouncement.ShouldBe($"Serving {sites.Output} on {sites.ServeUrl.AbsoluteUri} (press Ctrl+C to stop)");
    }

    private static List<string> Snapshot(string folder) =>
        new DirectoryInfo(folder)
            .EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f.FullName)} {(f as FileInfo)?.Length} {f.LastWriteTimeUtc:O}")
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>`serve` of a site built for a base path (a GitHub Pages project site), each test with a server of its own.</summary>
public sealed class ServeBasePathTests : IDisposable
{
    private readonly DiskSite _site = new(PreviewServerTests.Fixture.Replace("base_url: https://example.com/", "base_url: https://user.github.io/show/"));
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    private string Output => Path.Combine(_site.Root, "output");

    public ServeBasePathTests()
    {
        var build = CliRun.Run("build", "--input", _site.Input, "--theme", _site.Theme, "--output", Output, "--now", "2026-06-01");
        build.ExitCode.ShouldBe(0, build.Error);
    }

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task The_base_path_is_read_from_the_sites_feed()
    {
        using var serve = await ServeProcess.StartAsync(Output);

        using var page = await _http.GetAsync(new Uri(serve.Url, "/show/episodes/hello/"));
        using var root = await _http.GetAsync(serve.Url);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        root.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        root.Headers.Location!.ToString().ShouldBe("/show/");
        serve.Announcement.ShouldContain($"{serve.Url}show/");
    }

    [Fact]
    public async Task The_base_path_option_wins_over_the_feed()
    {
        using var serve = await ServeProcess.StartAsync(Output, "--base-path", "staging");

        using var page = await _http.GetAsync(new Uri(serve.Url, "/staging/episodes/hello/"));
        using var old = await _http.GetAsync(new Uri(serve.Url, "/show/episodes/hello/"));

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        old.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
