using System.Text.Json;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Output;
using PodcastSite.Rendering;
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

        ParsersShouldAgreeWithTheModel(Path.Combine(_site, "feed.xml"), SampleShow.Result.Site!);
    }

    [Fact]
    public void Every_parser_reads_a_300_episode_corpus_as_the_model_has_it()
    {
        ExternalTool.RequireClients();
        var corpus = Directory.CreateTempSubdirectory("podcastsite-corpus-").FullName;
        try
        {
            var (exitCode, output) = ExternalTool.Run(Path.GetFullPath(Path.Combine(Repo.Root, "../shared/bench/make-corpus")), "300", corpus);
            exitCode.ShouldBe(0, output);
            var result = SiteBuilder.Build(
                SourceLoader.LoadFolder(Path.Combine(corpus, "input")),
                SourceLoader.LoadFolder(Repo.PathOf("theme")),
                new BuildOptions(SampleShow.Now),
                new AudioProbe()
            );
            result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics.Take(10)));
            result.Site!.Episodes.Count.ShouldBe(291);
            var feed = Path.Combine(corpus, "feed.xml");
            File.WriteAllBytes(feed, ((GeneratedFile)result.Files.Single(f => f.Path == "feed.xml")).Content);

            ParsersShouldAgreeWithTheModel(feed, result.Site);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    private static void ParsersShouldAgreeWithTheModel(string feed, Model.Site site)
    {
        var (exitCode, output) = ExternalTool.Run(Path.Combine(ExternalTool.SharedClients, "check-feed"), "--json", feed);

        exitCode.ShouldBe(0, output);
        using var report = JsonDocument.Parse(output);
        // The W3C validator is the one podcasters paste their feed into: it must find nothing to say, not even a warning
        // (but the one about psc, see W3cWarnings).
        var verdict = report.RootElement.GetProperty("verdict");
        var w3c = report
            .RootElement.GetProperty("validators")
            .EnumerateArray()
            .SingleOrDefault(v => v.GetProperty("validator").GetString() == "w3c-feedvalidator");
        w3c.ValueKind.ShouldBe(JsonValueKind.Object, "check-feed ran no W3C validator");
        verdict.GetProperty("validator_errors").GetInt32().ShouldBe(0, w3c.ToString());
        W3cWarnings.Unexpected(w3c).ShouldBeEmpty(w3c.ToString());
        verdict.GetProperty("validator_warnings").GetInt32().ShouldBe(w3c.GetProperty("warnings").GetArrayLength(), w3c.ToString());
        var expected = site.Episodes.Where(e => e.Audio is not null).OrderByDescending(e => e.Date).ToList();
        foreach (var parser in report.RootElement.GetProperty("parsers").EnumerateArray())
        {
            var name = parser.GetProperty("parser").GetString();
            parser.GetProperty("status").GetString().ShouldBe("ok", $"{name}: {parser}");
            // gPodder keeps the newest 200 episodes of a feed by design.
            var count = name == "gpodder-gpo" ? Math.Min(200, expected.Count) : expected.Count;
            parser.GetProperty("episode_count").GetInt32().ShouldBe(count, $"{name} read a different number of episodes");
            if (!parser.TryGetProperty("episodes", out var episodes) || episodes.ValueKind != JsonValueKind.Array)
                continue;
            foreach (var (episode, model) in episodes.EnumerateArray().Zip(expected))
            {
                var at = $"{name}, episode `{model.FullTitle}`";
                if (Get(episode, "title") is { } title)
                    title.GetString().ShouldBe(model.FullTitle, at);
                if (Get(episode, "guid") is { } guid)
                    guid.GetString().ShouldBe(model.Guid, at);
                if (Get(episode, "pubDate") is { } date)
                    DateTimeOffset.Parse(date.GetString()!).ShouldBe(model.Date, at);
                if (Get(episode, "enclosure") is { } enclosure)
                {
                    Get(enclosure, "url")?.GetString().ShouldBe(model.Audio!.Url.AbsoluteUri, at);
                    Get(enclosure, "length")?.GetInt64().ShouldBe(model.Audio!.Length, at);
                }
                if (Get(episode, "duration") is { } duration)
                    duration.GetDouble().ShouldBe(Math.Round(model.Audio!.Duration!.Value.TotalSeconds), at);
                if (Get(episode, "episode") is { } number)
                    number.GetInt32().ShouldBe(model.Number!.Value, at);
                if (Get(episode, "season") is { } season)
                    season.GetInt32().ShouldBe(model.Season!.Value, at);
                // gPodder's parser reads chapters only from psc:chapters, and says how many it found.
                if (Get(episode, "chapters")?.GetString() is { } chapters && chapters.StartsWith("psc:", StringComparison.Ordinal))
                    chapters.ShouldBe($"psc:{model.Chapters.Count} chapters", at);
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

    [Fact]
    public void Every_parser_reads_each_page_of_a_paged_feed_and_gpodder_follows_the_pages_to_every_episode()
    {
        ExternalTool.RequireClients();
        using var server = new LocalWebServer();
        var episodes = string.Concat(
            Enumerable
                .Range(1, 5)
                .Select(n =>
                    $$"""

                        -- input/episodes/2026-01-0{{n}}-episode-{{n}}.md --
                        ---
                        title: Episode {{n}}
                        date: 2026-01-0{{n}}T10:00:00Z
                        guid: guid-{{n}}
                        audio: { url: "https://media.example.com/{{n}}.mp3", length: {{1000 + n}}, duration: "10:00" }
                        ---
                        Notes of episode {{n}}.
                        """
                )
        );
        var fixture = TestSite
            .Show.Replace("https://example.com/", server.Address.AbsoluteUri)
            .Replace("categories: [Technology]", "categories: [Technology]\nfeed_limit: 2");
        var site = TestSite.Build(fixture + episodes).ShouldSucceed();
        var pages = site.Result.Files.Select(f => f.Path).Where(p => p.EndsWith(".xml", StringComparison.Ordinal) && p != "sitemap.xml").Order().ToList();
        pages.ShouldBe(["feed.xml", "feed/archive/1.xml", "feed/archive/2.xml"]);
        foreach (var page in pages)
            server.ServeStatic(page, site.Text(page), TestSite.DefaultNow);

        foreach (var page in pages)
        {
            var (exitCode, output) = ExternalTool.Run(Path.Combine(ExternalTool.SharedClients, "check-feed"), "--json", server.Url(page).AbsoluteUri);

            exitCode.ShouldBe(0, $"{page}: {output}");
            using var report = JsonDocument.Parse(output);
            report.RootElement.GetProperty("verdict").GetProperty("validator_warnings").GetInt32().ShouldBe(0, $"{page}: {output}");
            var items = System.Xml.Linq.XDocument.Parse(site.Text(page)).Descendants("item").Count();
            foreach (var parser in report.RootElement.GetProperty("parsers").EnumerateArray())
            {
                var name = parser.GetProperty("parser").GetString();
                parser.GetProperty("status").GetString().ShouldBe("ok", $"{name} on {page}: {parser}");
                // gPodder follows rel="next" to the older pages (RFC 5005), so from the feed it sees the whole show; its
                // update keeps them only while the host answers "not modified" (docs/content-format.md, feed_limit).
                var expected = name == "gpodder-gpo" && page == "feed.xml" ? 5 : items;
                if (name != "gpodder-gpo" || page == "feed.xml")
                    parser.GetProperty("episode_count").GetInt32().ShouldBe(expected, $"{name} read a different number of episodes from {page}");
            }
        }
    }

    // Parsers that do not expose a field leave it out or null; only what they expose is compared.
    private static JsonElement? Get(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
