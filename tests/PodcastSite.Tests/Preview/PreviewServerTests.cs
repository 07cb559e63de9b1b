using System.Net;
using System.Net.Http.Headers;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Preview;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>The real preview server on 127.0.0.1, over real HTTP, watching real files.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    public const string Fixture =
        TestSite.Show
        + "\n"
        + TestSite.Episode
        + """

            -- input/episodes/draft.md --
            ---
            title: Work in progress
            date: 2026-02-01
            draft: true
            guid: draft
            audio: assets/audio/draft.mp3
            transcript: assets/draft.vtt
            ---
            Not out yet.
            -- input/assets/audio/draft.mp3 --
            @audio cbr.mp3
            -- input/assets/draft.vtt --
            WEBVTT
            """;

    private readonly DiskSite _site = new(Fixture, copyTheme: true);
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
    private IncrementalBuilder _builder = null!;
    private PreviewServer _server = null!;
    private int _rebuilds;

    public async ValueTask InitializeAsync()
    {
        (_builder, _server) = await _site.StartPreviewAsync();
        _server.Rebuilt += (_, _) => Interlocked.Increment(ref _rebuilds);
        _http.BaseAddress = _server.Url;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("episodes/hello/", "text/html")]
    [InlineData("feed.xml", "application/rss+xml")]
    [InlineData("assets/audio/draft.mp3", "audio/mpeg")]
    [InlineData("assets/draft.vtt", "text/vtt")]
    [InlineData("css/site.css", "text/css")]
    public async Task Files_are_served_with_the_content_type_a_podcast_host_sends(string path, string type)
    {
        using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(type);
    }

    [Fact]
    public async Task Drafts_are_served_with_a_banner()
    {
        var html = await _http.GetStringAsync("episodes/draft/", TestContext.Current.CancellationToken);

        html.ShouldContain("class=\"banner\"");
    }

    [Fact]
    public async Task Audio_answers_byte_ranges_with_206_so_the_player_can_seek()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "assets/audio/draft.mp3");
        request.Headers.Range = new RangeHeaderValue(100, 199);

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        response.Content.Headers.ContentRange!.ToString().ShouldBe($"bytes 100-199/{new FileInfo(_site.PathOf("assets/audio/draft.mp3")).Length}");
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length.ShouldBe(100);
    }

    [Fact]
    public async Task Head_requests_answer_headers_without_a_body()
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "assets/audio/draft.mp3"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.ShouldBe(new FileInfo(_site.PathOf("assets/audio/draft.mp3")).Length);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("no/such/page/")]
    [InlineData("../../etc/passwd")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd")]
    public async Task Missing_pages_and_paths_outside_the_site_get_the_themes_404(string path)
    {
        using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Page not found");
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_it()
    {
        using var response = await _http.GetAsync("episodes/hello", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/episodes/hello/");
    }

    [Fact]
    public async Task The_reload_script_is_in_served_pages_but_never_in_the_build_output()
    {
        var served = await _http.GetStringAsync("episodes/hello/", TestContext.Current.CancellationToken);
        var built = TestSite.Build(Fixture).Text("episodes/hello/index.html");

        served.ShouldContain("data-podcastsite-live-reload");
        built.ShouldNotContain("podcastsite-live-reload");
        built.ShouldNotContain("__podcastsite");
    }

    [Fact]
    public async Task Saving_an_episode_updates_its_page_and_tells_open_pages_to_reload()
    {
        using var events = await OpenEventsAsync();
        var first = await events.ReadEventAsync();

        await File.WriteAllTextAsync(
            _site.PathOf("episodes/2026-01-15-hello.md"),
            (await File.ReadAllTextAsync(_site.PathOf("episodes/2026-01-15-hello.md"))).Replace("The first episode.", "Freshly edited notes.")
        );

        var next = await events.ReadEventAsync();
        next.ShouldNotBe(first);
        (await _http.GetStringAsync("episodes/hello/", TestContext.Current.CancellationToken)).ShouldContain("Freshly edited notes.");
    }

    [Fact]
    public async Task An_editor_save_through_a_temporary_file_triggers_one_rebuild()
    {
        var path = _site.PathOf("episodes/2026-01-15-hello.md");
        var text = await File.ReadAllTextAsync(path);
        var before = _rebuilds;

        // What vim and many editors do: write a temporary file, then rename it over the original, then touch it.
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text.Replace("The first episode.", "Saved the editor way."));
        File.Move(temporary, path, overwrite: true);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);

        await WaitUntil(() => _rebuilds > before);
        await Task.Delay(400);
        (_rebuilds - before).ShouldBe(1);
        (await _http.GetStringAsync("episodes/hello/", TestContext.Current.CancellationToken)).ShouldContain("Saved the editor way.");
    }

    [Fact]
    public void A_save_that_changes_nothing_reloads_no_browser()
    {
        // A builder of its own: the server's rebuilds on the watcher's thread must not race this test's.
        var builder = new IncrementalBuilder(
            _site.Input,
            _site.Theme,
            () => new BuildOptions(TestSite.DefaultNow, IncludeDrafts: true, IncludeFuture: true),
            new AudioProbe()
        );
        var first = builder.Build();

        // An editor saving an unchanged buffer: the same bytes, a new modification time.
        File.SetLastWriteTimeUtc(_site.PathOf("episodes/2026-01-15-hello.md"), DateTime.UtcNow.AddMinutes(1));
        var second = builder.Build();

        second.Changed.ShouldBeFalse("nothing the site serves changed, so no browser should reload");
        second.Version.ShouldBe(first.Version);
    }

    [Fact]
    public async Task A_broken_file_shows_its_error_in_the_browser_and_fixing_it_brings_the_site_back()
    {
        var path = _site.PathOf("episodes/2026-01-15-hello.md");
        var good = await File.ReadAllTextAsync(path);

        await File.WriteAllTextAsync(path, good.Replace("number: 1", "number: one"));
        await WaitUntil(() => _server.Current.Failed);
        using (var response = await _http.GetAsync("episodes/hello/", TestContext.Current.CancellationToken))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
            var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            page.ShouldContain("episodes/2026-01-15-hello.md(4,9): error: `number` must be a positive whole number, not `one`");
            page.ShouldContain("data-podcastsite-live-reload");
        }

        await File.WriteAllTextAsync(path, good);
        await WaitUntil(() => !_server.Current.Failed);
        using var fixedResponse = await _http.GetAsync("episodes/hello/", TestContext.Current.CancellationToken);
        fixedResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_the_pages_that_show_the_change_are_rendered_again()
    {
        var path = _site.PathOf("episodes/2026-01-15-hello.md");
        var before = _rebuilds;
        _builder.RenderCache.ResetCounts();

        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("The first episode.", "Small edit."));
        await WaitUntil(() => _rebuilds > before);

        // The episode's page, its embed player and oEmbed answer, the home page that lists it and its guest's page. The
        // draft's page, which links it as its neighbour by title only, is looked at and kept; the guest index (its guest
        // is as they were), the subscribe page, the 404 page and the feed's stylesheet are not even looked at.
        _builder.RenderCache.Misses.ShouldBe(5);
        _builder.RenderCache.Hits.ShouldBe(1);
        (await _http.GetStringAsync("episodes/hello/", TestContext.Current.CancellationToken)).ShouldContain("Small edit.");
    }

    [Fact]
    public async Task A_layout_change_renders_again_only_the_pages_that_use_it()
    {
        var layout = Path.Combine(_site.Theme, "layouts/episode.html");
        var before = _rebuilds;
        _builder.RenderCache.ResetCounts();

        await File.WriteAllTextAsync(
            layout,
            (await File.ReadAllTextAsync(layout)).Replace("<article class=\"episode\">", "<article class=\"episode\" data-edited>")
        );
        await WaitUntil(() => _rebuilds > before);

        // The two episode pages; not the home page, the guest pages, the subscribe page, 404, the feed's stylesheet, nor
        // the two episodes' embed players and oEmbed answers, which episode.html does not make.
        _builder.RenderCache.Misses.ShouldBe(2);
        _builder.RenderCache.Hits.ShouldBe(10);
        (await _http.GetStringAsync("episodes/hello/", TestContext.Current.CancellationToken)).ShouldContain("data-edited");
    }

    [Fact]
    public async Task A_theme_folder_made_while_previewing_is_watched_from_then_on_as_theme_eject_makes_one()
    {
        using var site = new DiskSite(Fixture);
        var theme = Path.Combine(site.Root, "theme");
        var (_, server) = await site.StartPreviewAsync(theme);
        await using var _ = server;
        using var http = new HttpClient { BaseAddress = server.Url };
        var rebuilds = 0;
        server.Rebuilt += (_, _) => Interlocked.Increment(ref rebuilds);

        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        var builtIn = await File.ReadAllTextAsync(Repo.PathOf("theme/layouts/episode.html"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(
            Path.Combine(theme, "layouts", "episode.html"),
            builtIn.Replace("<article class=\"episode\">", "<article class=\"episode\" data-ejected>"),
            TestContext.Current.CancellationToken
        );

        // The folder and then the file: one rebuild or two, the last with the ejected layout.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await http.GetStringAsync("episodes/hello/", TestContext.Current.CancellationToken)).Contains("data-ejected"))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the preview never used the theme folder made after it started");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        // The new page is served a moment before the Rebuilt event is raised (after the live-reload broadcast).
        await WaitUntil(() => Volatile.Read(ref rebuilds) > 0);
    }

    [Fact]
    public async Task A_new_asset_is_served_without_rendering_any_page()
    {
        var before = _rebuilds;
        _builder.RenderCache.ResetCounts();

        await File.WriteAllTextAsync(_site.PathOf("assets/notes.txt"), "show prep");
        await WaitUntil(() => _rebuilds > before);

        _builder.RenderCache.Misses.ShouldBe(0);
        (await _http.GetStringAsync("assets/notes.txt", TestContext.Current.CancellationToken)).ShouldBe("show prep");
    }

    [Fact]
    public async Task A_site_under_a_base_path_is_served_under_it()
    {
        using var site = new DiskSite(Fixture.Replace("base_url: https://example.com/", "base_url: https://user.github.io/show/"));
        var (_, server) = await site.StartPreviewAsync();
        await using var _ = server;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var root = new Uri(server.Url, "/");

        using var redirect = await http.GetAsync(root, TestContext.Current.CancellationToken);
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.ToString().ShouldBe("/show/");
        var page = await http.GetStringAsync(new Uri(root, "/show/episodes/hello/"), TestContext.Current.CancellationToken);
        page.ShouldContain("href=\"/show/css/site.css\"");
        (await http.GetAsync(new Uri(root, "/show/css/site.css"), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_site_under_a_base_path_that_starts_with_an_error_is_announced_at_its_own_address()
    {
        using var site = new DiskSite(Fixture.Replace("base_url: https://example.com/", "base_url: https://user.github.io/show/"));
        var episode = site.PathOf("episodes/2026-01-15-hello.md");
        File.WriteAllText(episode, File.ReadAllText(episode).Replace("title: Hello", "title: [Hello"));

        var (_, server) = await site.StartPreviewAsync();
        await using var _ = server;

        server.Current.Failed.ShouldBeTrue();
        server.Url.AbsolutePath.ShouldBe("/show/", "the address printed while the error shows, which stays right once it is fixed");
    }

    private async Task<EventReader> OpenEventsAsync()
    {
        var stream = await _http.GetStreamAsync(LiveReload.EventsPath, TestContext.Current.CancellationToken);
        return new EventReader(stream);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the preview did not rebuild within 10 s");
            await Task.Delay(20);
        }
    }

    private sealed class EventReader(Stream stream) : IDisposable
    {
        private readonly StreamReader _reader = new(stream);

        public async Task<string> ReadEventAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            string? data = null;
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                    data = line["data: ".Length..];
                else if (line.Length == 0 && data is not null)
                    return data;
            }
            throw new EndOfStreamException("the event stream closed");
        }

        public void Dispose() => _reader.Dispose();
    }
}
