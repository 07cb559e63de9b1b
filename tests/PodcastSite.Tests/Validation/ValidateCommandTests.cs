using System.Net;
using System.Text.Json;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Validation;

/// <summary>`validate --strict`, `--format json` and `--online` (against a real server on 127.0.0.1).</summary>
public sealed class ValidateCommandTests
{
    private const string Chapterless =
        "\n-- input/episodes/2026-01-20-x.md --\n---\ntitle: X\ndate: 2026-01-20\nguid: x-guid\n"
        + "audio: { url: \"https://media.example.com/x.ogg\", length: 1000, duration: \"30:00\" }\n---\nBody.\n";

    [Fact]
    public void Strict_makes_warnings_errors_and_json_lists_them_for_editors()
    {
        using var site = new DiskSite(TestSite.Show + Chapterless);

        var plain = CliRun.Run("validate", "--input", site.Input);
        var strict = CliRun.Run("validate", "--input", site.Input, "--strict", "--format", "json");

        plain.ExitCode.ShouldBe(0, "a warning alone passes");
        strict.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(strict.Out);
        json.RootElement.GetProperty("ok").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("errors").GetInt32().ShouldBe(1);
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().ShouldHaveSingleItem();
        diagnostic.GetProperty("path").GetString().ShouldEndWith("input/episodes/2026-01-20-x.md");
        diagnostic.GetProperty("line").GetInt32().ShouldBe(5);
        diagnostic.GetProperty("column").GetInt32().ShouldBe(15);
        diagnostic.GetProperty("severity").GetString().ShouldBe("error");
        diagnostic.GetProperty("message").GetString().ShouldStartWith("Apple Podcasts does not play `audio/ogg`");
        strict.Out.ShouldContain("does not play `audio/ogg`", customMessage: "the JSON is read by people and grep too: only what JSON requires is escaped");
    }

    [Fact]
    public void The_summary_says_drafts_were_checked_though_a_build_leaves_them_out()
    {
        var draft = "\n-- input/episodes/2026-01-21-d.md --\n---\ntitle: D\ndate: 2026-01-21\nguid: d-guid\ndraft: true\n---\nBody.\n";
        using var site = new DiskSite(TestSite.Show + "\n" + TestSite.Episode + draft);

        var result = CliRun.Run("validate", "--input", site.Input);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("OK: 1 episode (1 draft checked, not published; --drafts and --future include them)");
    }

    [Fact]
    public async Task Online_checks_each_enclosure_answers_with_its_length_and_type_and_serves_ranges()
    {
        using var server = new MediaServer();
        // Each episode its own URL (a query the server ignores): two episodes may not share an enclosure.
        string Episode(string slug, string path, int length, string type = "audio/mpeg") =>
            $"\n-- input/episodes/2026-01-20-{slug}.md --\n---\ntitle: {slug}\ndate: 2026-01-20\nguid: {slug}-guid\n"
            + $"audio: {{ url: \"{server.Url}{path}?{slug}\", length: {length}, type: {type}, duration: \"0:10\" }}\n---\nBody.\n";
        using var site = new DiskSite(
            TestSite.Show
                + Episode("good", "good.mp3", 100)
                + Episode("longer", "good.mp3", 120)
                + Episode("typed", "good.mp3", 100, "audio/x-m4a")
                + Episode("missing", "gone.mp3", 100)
                + Episode("noranges", "noranges.mp3", 100)
                + Episode("slowest", "slow.mp3", 100)
        );

        var result = await Task.Run(() => CliRun.Run(TimeSpan.FromSeconds(1), "validate", "--input", site.Input, "--online"));

        result.ExitCode.ShouldBe(1);
        var errors = result
            .Error.Split('\n')
            .Where(l => l.Contains(": error: "))
            .Select(l => l[(l.IndexOf("input/episodes/", StringComparison.Ordinal))..])
            .ToList();
        errors.ShouldBe([
            $"input/episodes/2026-01-20-longer.md(5,8): error: `{server.Url}good.mp3?longer` is 100 bytes, but the feed says 120; apps may stop early or refuse it: upload the file again or fix `length`",
            $"input/episodes/2026-01-20-missing.md(5,8): error: `{server.Url}gone.mp3?missing` answers 404 Not Found; podcast apps cannot download the episode",
            $"input/episodes/2026-01-20-noranges.md(5,8): error: `{server.Url}noranges.mp3?noranges` does not serve byte ranges (it answered 200 to `Range: bytes=0-1`); players cannot seek, and Apple Podcasts requires them",
            $"input/episodes/2026-01-20-slowest.md(5,8): error: `{server.Url}slow.mp3?slowest` did not answer within 1 s",
            $"input/episodes/2026-01-20-typed.md(5,8): error: `{server.Url}good.mp3?typed` is served as `audio/mpeg`, but the feed says `audio/x-m4a`; set the host's type for the file, or `type:`",
        ]);
    }

    [Fact]
    public async Task Online_never_follows_an_enclosure_to_a_link_local_address()
    {
        // On a cloud CI machine, 169.254.169.254 answers with the machine's credentials: an enclosure (or a redirect
        // from one) must not make validate ask it.
        using var server = new MediaServer();
        using var site = new DiskSite(
            TestSite.Show
                + "\n-- input/episodes/2026-01-20-cloud.md --\n---\ntitle: Cloud\ndate: 2026-01-20\nguid: cloud-guid\n"
                + $"audio: {{ url: \"{server.Url}metadata.mp3\", length: 100, type: audio/mpeg, duration: \"0:10\" }}\n---\nBody.\n"
        );

        var result = await Task.Run(() => CliRun.Run(TimeSpan.FromSeconds(5), "validate", "--input", site.Input, "--online"));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain(
            $"error: `{server.Url}metadata.mp3` cannot be reached: `169.254.169.254` is a link-local address, where cloud machines keep their credentials, which PodcastSite never asks"
        );
    }

    /// <summary>
    /// A host on 127.0.0.1 with a good file, one without byte ranges, a missing one, one that never answers, and one
    /// that redirects to the cloud's metadata address.
    /// </summary>
    private sealed class MediaServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();

        public MediaServer()
        {
            Url = $"http://127.0.0.1:{DiskSite.FreePort()}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                _ = Task.Run(() => Answer(context));
            }
        }

        private async Task Answer(HttpListenerContext context)
        {
            var response = context.Response;
            var path = context.Request.Url!.AbsolutePath;
            if (path == "/slow.mp3")
            {
                await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token).ContinueWith(_ => { });
                response.Abort();
                return;
            }
            if (path == "/metadata.mp3")
            {
                response.Redirect("http://169.254.169.254/latest/meta-data/");
                response.Close();
                return;
            }
            if (path is not ("/good.mp3" or "/noranges.mp3"))
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }
            var body = new byte[100];
            response.ContentType = "audio/mpeg";
            var range = context.Request.Headers["Range"];
            if (range is not null && path == "/good.mp3")
            {
                response.StatusCode = 206;
                response.AddHeader("Content-Range", "bytes 0-1/100");
                body = body[..2];
            }
            response.ContentLength64 = body.Length;
            if (context.Request.HttpMethod != "HEAD")
                await response.OutputStream.WriteAsync(body);
            response.Close();
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
        }
    }
}
