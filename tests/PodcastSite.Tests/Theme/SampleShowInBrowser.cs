using Microsoft.Playwright;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Preview;
using PodcastSite.Tests.Support;

namespace PodcastSite.Tests.Theme;

/// <summary>
/// The repository's sample show on the real preview server (127.0.0.1), and one headless Chromium for every test
/// of the collection. Requests leaving 127.0.0.1 never reach the network: they are counted, by host, and answered
/// with an empty response, so a test can say which pages asked for what.
/// </summary>
public sealed class SampleShowInBrowser : IAsyncLifetime
{
    public const string Chromium = HeadlessChromium.Executable;

    private PreviewServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Url => _server!.Url;

    public bool Available => File.Exists(Chromium);

    public static string ScreenshotFolder => Repo.PathOf("tests/PodcastSite.Tests/TestResults/screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!Available)
            return;
        var builder = new IncrementalBuilder(Repo.PathOf("input"), Repo.PathOf("theme"), () => new BuildOptions(SampleShow.Now), new AudioProbe());
        _server = new PreviewServer(
            builder,
            [Repo.PathOf("input"), Repo.PathOf("theme")],
            new PreviewOptions("127.0.0.1", DiskSite.FreePort(), TimeSpan.FromMilliseconds(50)),
            (_, _) => { }
        );
        await _server.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright, "--autoplay-policy=no-user-gesture-required");
    }

    /// <summary>A fresh page (its own storage) at <paramref name="width"/> px, in light or dark mode, with its console errors and outside requests recorded.</summary>
    public async Task<BrowsedPage> OpenAsync(int width = 1280, bool dark = false)
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 900 },
                ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
            }
        );
        var page = await context.NewPageAsync();
        var browsed = new BrowsedPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                browsed.ConsoleErrors.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => browsed.ConsoleErrors.Add($"{page.Url}: {error}");
        await context.RouteAsync(
            url => new Uri(url).Host != "127.0.0.1",
            async route =>
            {
                lock (browsed.OutsideRequests)
                    browsed.OutsideRequests.Add(route.Request.Url);
                await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
            }
        );
        return browsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }
}

public sealed class BrowsedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> ConsoleErrors { get; } = [];

    public List<string> OutsideRequests { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}

[CollectionDefinition(nameof(SampleShowInBrowserCollection))]
public sealed class SampleShowInBrowserCollection : ICollectionFixture<SampleShowInBrowser>;
