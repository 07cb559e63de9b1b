using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;

namespace PodcastSite.Tests.Theme;

/// <summary>The built-in theme on the sample show, as a listener uses it in a real browser.</summary>
[Collection(nameof(SampleShowInBrowserCollection))]
public sealed class ThemeBrowserTests(SampleShowInBrowser browser)
{
    private const string Episode = "episodes/shipping-a-typed-api-framework/";

    public static TheoryData<string> PagesToCheck =>
        ["", Episode, Episode + "transcript/", Episode + "embed/", "guests/farah-nasser/", "guests/zoe-okafor/", "guests/", "subscribe/"];

    [Fact]
    public async Task A_chapter_click_and_a_timestamp_click_seek_the_player()
    {
        await using var tab = await OpenEpisodeAsync();

        await tab.Page.ClickAsync(".notes-chapters a.timestamp[data-seek='5']");
        await WaitForTimeAsync(tab.Page, 5);
        await tab.Page.Locator(".notes-chapters li.current", new PageLocatorOptions { HasText = "Speed by deleting code" }).WaitForAsync(Quick);

        await tab.Page.ClickAsync(".notes > ul a.timestamp[data-seek='2']");
        await WaitForTimeAsync(tab.Page, 2);
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Skip_buttons_move_the_player_and_the_speed_menu_changes_its_rate()
    {
        await using var tab = await OpenEpisodeAsync();
        await tab.Page.EvaluateAsync("() => { document.getElementById('player').currentTime = 3; }");
        await WaitForTimeAsync(tab.Page, 3);

        await tab.Page.ClickAsync("button[data-skip='-15']");
        await WaitForTimeAsync(tab.Page, 0);
        await tab.Page.ClickAsync("button[data-skip='30']");
        // The sample episode lasts 7 s: skipping 30 s forward stops at its end.
        (await tab.Page.EvaluateAsync<double>("() => document.getElementById('player').currentTime")).ShouldBeGreaterThan(6.5);

        await tab.Page.SelectOptionAsync("#speed", "1.5");
        (await tab.Page.EvaluateAsync<double>("() => document.getElementById('player').playbackRate")).ShouldBe(1.5);
    }

    [Fact]
    public async Task A_line_of_the_transcript_opens_the_episode_with_the_player_at_that_line()
    {
        await using var tab = await browser.OpenAsync();
        // The click waits for its link; the page's load event waits for every picture too, which CI's busy machine once
        // took more than 30 s to serve.
        await tab.Page.GotoAsync(
            new Uri(browser.Url, Episode + "transcript/").AbsoluteUri,
            new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded }
        );

        await tab.Page.ClickAsync(".transcript a.cue-time[href$='#t=4']");

        // Only the address and the player: the page's load event also waits for its video, which a busy machine can take
        // long to fetch (WaitForURL waits for that event after all when the address already matches: CI once timed out).
        await tab.Page.WaitForFunctionAsync(
            $"() => location.href.endsWith('{Episode}#t=4') && document.getElementById('player') !== null",
            null,
            new PageWaitForFunctionOptions { Timeout = 30_000 }
        );
        await WaitForTimeAsync(tab.Page, 4);
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_youtube_video_asks_nothing_of_youtube_until_it_is_clicked()
    {
        await using var tab = await OpenEpisodeAsync();

        tab.OutsideRequests.Where(IsYouTube).ShouldBeEmpty("the page loaded a YouTube address before the listener asked for the video");

        await tab.Page.ClickAsync("a.video-facade");
        await tab.Page.Locator("iframe.video-frame").WaitForAsync(Quick);
        await WaitUntilAsync(() => tab.OutsideRequests.Any(IsYouTube));
        tab.OutsideRequests.Where(IsYouTube).ShouldAllBe(url => url.StartsWith("https://www.youtube-nocookie.com/embed/"));
    }

    [Fact]
    public async Task The_player_remembers_where_the_listener_stopped()
    {
        await using var tab = await OpenEpisodeAsync();
        await tab.Page.EvaluateAsync("() => { const p = document.getElementById('player'); p.currentTime = 6; p.dispatchEvent(new Event('pause')); }");

        await tab.Page.ReloadAsync();

        await WaitForTimeAsync(tab.Page, 6);
    }

    [Theory]
    [MemberData(nameof(PagesToCheck))]
    public async Task Pages_have_no_accessibility_violations_or_console_errors_in_light_and_dark_mode(string path)
    {
        Assert.SkipWhen(!browser.Available, "Debian's chromium is not installed (apt-get install -y chromium)");
        var problems = new List<string>();
        foreach (var dark in new[] { false, true })
        {
            await using var tab = await browser.OpenAsync(dark: dark);
            await tab.Page.GotoAsync(new Uri(browser.Url, path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var result = await tab.Page.RunAxe();
            problems.AddRange(
                result.Violations.Select(v =>
                    $"{(dark ? "dark" : "light")}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))} {v.Nodes.FirstOrDefault()?.Html}"
                )
            );
            problems.AddRange(tab.ConsoleErrors);
        }
        problems.ShouldBeEmpty($"/{path}");
    }

    [Fact]
    public async Task On_a_desktop_the_home_pages_cover_sits_beside_the_title_at_its_small_size()
    {
        Assert.SkipWhen(!browser.Available, "Debian's chromium is not installed (apt-get install -y chromium)");
        await using var tab = await browser.OpenAsync(1280, dark: false);
        await tab.Page.GotoAsync(browser.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var cover = (await tab.Page.Locator(".hero img.cover").BoundingBoxAsync())!;
        var title = (await tab.Page.Locator(".hero h1").BoundingBoxAsync())!;

        cover.Width.ShouldBeLessThanOrEqualTo(16 * 16, "the cover grew past its column (a <picture>'s parts took grid cells of their own)");
        (cover.X + cover.Width).ShouldBeLessThan(title.X, "the cover should be left of the title");
        cover.Y.ShouldBeLessThan(title.Y + title.Height, "the cover should be beside the title, not above or below it");
    }

    [Fact]
    public async Task Screenshots_of_the_main_pages_at_phone_and_desktop_widths_in_light_and_dark()
    {
        Assert.SkipWhen(!browser.Available, "Debian's chromium is not installed (apt-get install -y chromium)");
        Directory.CreateDirectory(SampleShowInBrowser.ScreenshotFolder);
        var written = new List<string>();
        foreach (
            var (name, path) in new[]
            {
                ("home", ""),
                ("episode", Episode),
                ("transcript", Episode + "transcript/"),
                ("guest", "guests/farah-nasser/"),
                ("guest-photo", "guests/zoe-okafor/"),
                ("guests", "guests/"),
                ("subscribe", "subscribe/"),
                ("embed", Episode + "embed/"),
            }
        )
        foreach (var width in new[] { 390, 1280 })
        foreach (var dark in new[] { false, true })
        {
            await using var tab = await browser.OpenAsync(width, dark);
            await tab.Page.GotoAsync(new Uri(browser.Url, path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var file = Path.Combine(SampleShowInBrowser.ScreenshotFolder, $"{name}-{width}-{(dark ? "dark" : "light")}.png");
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            written.Add(file);
        }
        written.ShouldAllBe(f => new FileInfo(f).Length > 1000);
    }

    private static bool IsYouTube(string url) => new Uri(url).Host.Contains("youtube", StringComparison.Ordinal);

    private static readonly LocatorWaitForOptions Quick = new() { Timeout = 10_000 };

    private async Task<BrowsedPage> OpenEpisodeAsync()
    {
        Assert.SkipWhen(!browser.Available, "Debian's chromium is not installed (apt-get install -y chromium)");
        var tab = await browser.OpenAsync();
        await tab.Page.GotoAsync(new Uri(browser.Url, Episode).AbsoluteUri);
        await tab.Page.WaitForFunctionAsync(
            "() => document.getElementById('player').readyState >= 1",
            null,
            new PageWaitForFunctionOptions { Timeout = 10_000 }
        );
        return tab;
    }

    private static async Task WaitForTimeAsync(IPage page, double seconds) =>
        await page.WaitForFunctionAsync(
            $"() => Math.abs(document.getElementById('player').currentTime - {seconds}) < 0.6",
            null,
            new PageWaitForFunctionOptions { Timeout = 10_000 }
        );

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(100);
        condition().ShouldBeTrue();
    }
}
