using System.Diagnostics;
using PodcastSite.Tests.Support;

namespace PodcastSite.Tests.Preview;

/// <summary>The real `podcastsite serve` in a process of its own on a free port of 127.0.0.1, killed when disposed.</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri url, string announcement)
    {
        _process = process;
        Url = url;
        Announcement = announcement;
    }

    /// <summary>The server's root (not the site's base path).</summary>
    public Uri Url { get; }

    /// <summary>The line it printed once it was listening.</summary>
    public string Announcement { get; }

    public static async Task<ServeProcess> StartAsync(string folder, params string[] options)
    {
        var port = DiskSite.FreePort();
        var program = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "podcastsite.exe" : "podcastsite");
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["serve", folder, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. options])
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("Serving", StringComparison.Ordinal))
                    return new ServeProcess(process, new Uri($"http://127.0.0.1:{port}/"), line);
            }
        }
        catch (OperationCanceledException) { }
        var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "(still running)";
        Stop(process);
        throw new InvalidOperationException($"`podcastsite serve` did not start listening: {error}");
    }

    public void Dispose() => Stop(_process);

    private static void Stop(Process process)
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
        process.Dispose();
    }
}
