using Microsoft.Playwright;

namespace PodcastSite.Tests.Support;

/// <summary>Debian's Chromium, launched by Playwright the one way the browser tests need it.</summary>
public static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] moreArguments) =>
        playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                // Without these, Chromium tries to reach Google's services from a machine with no network.
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    .. moreArguments,
                ],
            }
        );
}
