using System.Text.Json;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>
/// Each host's feed imported with the real command line into a folder of its own and built there, once for all the
/// tests that look at it; the folders are removed when they are done.
/// </summary>
public sealed class ImportedHostShows : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _root = Directory.CreateTempSubdirectory("podcastsite-import-").FullName;
    private readonly Dictionary<string, Lazy<Show>> _shows = new();

    public sealed record Show(string OldFeed, string Folder, CliRun.Outcome Import, CliRun.Outcome Build)
    {
        public string Input => System.IO.Path.Combine(Folder, "input");

        public string NewFeed => System.IO.Path.Combine(Folder, "output", "feed.xml");
    }

    public ImportedHostShows()
    {
        foreach (var host in HostFeeds.All)
            _shows[host.Name] = new Lazy<Show>(() => ImportAndBuild(host));
        _parsed = new(() =>
            HostFeeds
                .All.Select(h => Of(h.Name))
                .SelectMany(s => new[] { (Feed: s.OldFeed, Ours: false), (Feed: s.NewFeed, Ours: true) })
                .ToDictionary(f => f.Feed, f => CheckFeed(f.Feed, f.Ours))
        );
    }

    public Show Of(string host) => _shows[host].Value;

    // check-feed spends most of its time waiting on newsboat, not computing: a few at once finish sooner on two cores.
    private readonly SemaphoreSlim _checks = new(4);
    private readonly Lazy<Dictionary<string, Task<JsonElement>>> _parsed;

    /// <summary>
    /// What the real podcast parsers read from a host's old feed and from the new one (check-feed's JSON; the new one's
    /// with the W3C validator's verdict). The first call
    /// starts the checks of every host, so they run side by side while the theory goes through the hosts.
    /// </summary>
    public async Task<(JsonElement Old, JsonElement New)> ParsersRead(string host)
    {
        var checks = _parsed.Value;
        return (await checks[Of(host).OldFeed], await checks[Of(host).NewFeed]);
    }

    private async Task<JsonElement> CheckFeed(string feed, bool ours)
    {
        await _checks.WaitAsync();
        try
        {
            // The W3C validator's verdict on the old host's feed is not ours to judge; on the new one it is.
            string[] arguments = ours ? ["--json", feed] : ["--json", "--skip", "w3c", feed];
            var (_, output) = await Task.Run(() => ExternalTool.Run(Path.Combine(ExternalTool.SharedClients, "check-feed"), arguments));
            using var report = JsonDocument.Parse(output);
            return report.RootElement.Clone();
        }
        finally
        {
            _checks.Release();
        }
    }

    private Show ImportAndBuild(HostFeeds.Host host)
    {
        var folder = Path.Combine(_root, host.Name);
        var clock = new FixedClock(Now);
        var import = CliRun.Run(clock, "import", host.Path, "--output", Path.Combine(folder, "input"));
        import.ExitCode.ShouldBe(0, $"import of {host.Name}:\n{import.Out}\n{import.Error}");
        var build = CliRun.Run(clock, "build", "--input", Path.Combine(folder, "input"), "--output", Path.Combine(folder, "output"), "--now", "2026-11-01");
        build.ExitCode.ShouldBe(0, $"build of {host.Name}:\n{build.Out}\n{build.Error}");
        return new Show(host.Path, folder, import, build);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
