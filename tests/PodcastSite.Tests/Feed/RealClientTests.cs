using System.Text.Json;
using PodcastSite.Output;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Feed;

/// <summary>Third-party podcast parsers and downloaders (gPodder, feedparser, partytime, newsboat...) read the sample show's feed.</summary>
public sealed class RealClientTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), $"podcastsite-clients-{Guid.NewGuid():N}");

    public RealClientTests() => SiteWriter.Write(SampleShow.Result.Files, _site);

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public void Every_parser_reads_the_episodes_exactly_as_the_model_has_them()
    {
        ExternalTool.RequireClients();

        var (exitCode, output) = ExternalTool.Run(Path.Combine(ExternalTool.SharedClients, "check-feed"), "--json", Path.Combine(_site, "feed.xml"));

        exitCode.ShouldBe(0, output);
        using var report = JsonDocument.Parse(output);
        var expected = SampleShow.Result.Site!.Episodes.Where(e => e.Audio is not null).OrderByDescending(e => e.Date).ToList();
        foreach (var parser in report.RootElement.GetProperty("parsers").EnumerateArray())
        {
            var name = parser.GetProperty("parser").GetString();
            parser.GetProperty("status").GetString().ShouldBe("ok", $"{name}: {parser}");
            if (!parser.TryGetProperty("episodes", out var episodes) || episodes.ValueKind != JsonValueKind.Array) continue;
            var read = episodes.EnumerateArray().ToList();
            read.Count.ShouldBe(expected.Count, $"{name} read {read.Count} episodes");
            foreach (var (episode, model) in read.Zip(expected))
            {
                var at = $"{name}, episode `{model.FullTitle}`";
                if (Get(episode, "title") is { } title) title.GetString().ShouldBe(model.FullTitle, at);
                if (Get(episode, "guid") is { } guid) guid.GetString().ShouldBe(model.Guid, at);
                if (Get(episode, "pubDate") is { } date) DateTimeOffset.Parse(date.GetString()!).ShouldBe(model.Date, at);
                if (Get(episode, "enclosure") is { } enclosure)
                {
                    Get(enclosure, "url")?.GetString().ShouldBe(model.Audio!.Url.AbsoluteUri, at);
                    Get(enclosure, "length")?.GetInt64().ShouldBe(model.Audio!.Length, at);
                }
                if (Get(episode, "duration") is { } duration) duration.GetDouble().ShouldBe(Math.Round(model.Audio!.Duration!.Value.TotalSeconds), at);
                if (Get(episode, "episode") is { } number) number.GetInt32().ShouldBe(model.Number!.Value, at);
                if (Get(episode, "season") is { } season) season.GetInt32().ShouldBe(model.Season!.Value, at);
            }
        }
    }

    [Fact]
    public void Podcast_clients_download_every_episode_at_its_announced_length()
    {
        ExternalTool.RequireClients();

        var (exitCode, output) = ExternalTool.Run(Path.Combine(ExternalTool.SharedClients, "download-test"), _site);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("RESULT: PASS");
    }

    // Parsers that do not expose a field leave it out or null; only what they expose is compared.
    private static JsonElement? Get(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
