using Microsoft.Playwright;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Preview;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>A real browser (Debian's Chromium, driven by Playwright) on the real preview server.</summary>
public sealed class BrowserLiveReloadTests
{
    private const string Chromium = HeadlessChromium.Executable;

    [Fact]
    public async Task Editing_an_episode_updates_the_open_page_without_a_manual_reload()
    {
        RequireChromium();
        using var site = new DiskSite(PreviewServerTests.Fixture);
        var (_, server) = await site.StartPreviewAsync();
        await using var _ = server;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Url, "episodes/hello/").AbsoluteUri);
        (await page.Locator(".notes").InnerTextAsync()).ShouldContain("The first episode.");
        // A mark on this document: after a reload, the page is a new document without it.
        await page.EvaluateAsync("() => { window.beforeTheEdit = true; }");

        var path = site.PathOf("episodes/2026-01-15-hello.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("The first episode.", "Edited while the page was open."));

        await page.Locator(".notes", new PageLocatorOptions { HasText = "Edited while the page was open." })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        (await page.EvaluateAsync<bool>("() => window.beforeTheEdit === undefined")).ShouldBeTrue("the page should have reloaded by itself");
    }

    [Fact]
    public async Task The_search_box_finds_an_episode_by_its_guest_ignoring_accents()
    {
        RequireChromium();
        using var site = new DiskSite(PreviewServerTests.Fixture.Replace("Jane Doe", "Zoë Doe"));
        var (_, server) = await site.StartPreviewAsync();
        await using var _ = server;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Url.AbsoluteUri);

        await page.FillAsync("#search-box", "zoe");

        var result = page.Locator(".search-results a");
        await result.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        (await result.AllInnerTextsAsync()).ShouldBe(["Hello"]);
        (await result.First.GetAttributeAsync("href")).ShouldBe("/episodes/hello/");
        await page.FillAsync("#search-box", "nothing like this");
        await page.Locator(".search-results li", new PageLocatorOptions { HasText = "No episode matches." })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) => HeadlessChromium.LaunchAsync(playwright);

    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
            return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            File.Exists(Chromium).ShouldBeTrue(".ci/run must install Debian's chromium");
        Assert.Skip("Debian's chromium is not installed (apt-get install -y chromium)");
    }
}
