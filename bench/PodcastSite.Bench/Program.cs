using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PodcastSite;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Feed;
using PodcastSite.Images;
using PodcastSite.Output;
using PodcastSite.Preview;

// Benchmarks that print figures; run with -c Release. Speed targets are checked here, never in unit tests.
//   build N      a make-corpus show of N episodes: full build (median of 3 in-process runs after a warm-up), feed alone, peak memory
//   probe        the audio probe on 100 MB MP3s (with a Xing header, CBR without one, VBR without one)
//   preview N    time from saving one episode to the live-reload message, on a make-corpus show of N episodes
//   aot N [DIR]  the CLI as a process: start-up (--version), the sample show and a make-corpus show of N episodes,
//                JIT (generator/bin/Release) against Native AOT and ReadyToRun composite binaries published once into DIR
//   images FILE  one JPEG or PNG resized into the theme's widths (WebP and JPEG/PNG): median time, bytes, and a cache hit
//   floor N      what the fixed parts alone take on a make-corpus show of N episodes, next to the whole build: the
//                libraries a build cannot do without (YamlDotNet, Markdig) on its input, and writing its output files
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var repo = FindRepo();
var shared = Path.GetFullPath(Path.Combine(repo, "../shared"));
var command = args.ElementAtOrDefault(0) ?? "build";
var count = int.TryParse(args.ElementAtOrDefault(1), CultureInfo.InvariantCulture, out var n) ? n : 1000;
switch (command)
{
    case "build":
        await Build(count);
        break;
    case "probe":
        Probe();
        break;
    case "stages":
        Stages(count);
        break;
    case "feed":
        Feed(count);
        break;
    case "preview":
        await PreviewReload(count);
        break;
    case "aot":
        CompiledCli(count, args.ElementAtOrDefault(2) ?? Path.Combine(Path.GetTempPath(), "podcastsite-bench-publish"));
        break;
    case "floor":
        Floor(count);
        break;
    case "images":
        Images(args.ElementAtOrDefault(1) ?? Path.Combine(repo, "input/assets/images/cover.jpg"));
        break;
    default:
        Console.Error.WriteLine("usage: build N | probe | stages N | feed N | preview N | aot N [DIR] | images FILE | floor N");
        return 2;
}
return 0;

void Images(string path)
{
    var file = SourceLoader.LoadFolder(Path.GetDirectoryName(Path.GetFullPath(path))!).Find(Path.GetFileName(path))!;
    var size = ImageSize.Read(file) ?? throw new InvalidOperationException($"{path} is not a JPEG or PNG");
    var plan = ResponsiveImage.Plan(file.Path, size.Width, size.Height, size.Colours.Contains("transparency"));
    var bytes = file.ReadBytes();
    var resizer = new SkiaImageResizer();
    var times = new List<double>();
    IReadOnlyList<byte[]>? made = null;
    for (var run = 0; run < 6; run++)
    {
        var clock = Stopwatch.StartNew();
        made = resizer.Resize(bytes, plan.Variants);
        if (run > 0)
            times.Add(clock.Elapsed.TotalMilliseconds);
    }
    var cacheFolder = Directory.CreateTempSubdirectory("bench-images-").FullName;
    var cache = new PersistentImageCache(resizer, cacheFolder, SkiaImageResizer.Version);
    cache.Resize(bytes, plan.Variants);
    var hit = Stopwatch.StartNew();
    cache.Resize(bytes, plan.Variants);
    var hitMs = hit.Elapsed.TotalMilliseconds;
    Directory.Delete(cacheFolder, recursive: true);
    Console.WriteLine($"{path}: {size.Format} {size.Width}x{size.Height}, {bytes.Length:N0} bytes");
    Console.WriteLine($"resize into {plan.Variants.Count} copies: median {Median(times):F0} ms (of {times.Count}); from the cache: {hitMs:F1} ms");
    for (var i = 0; i < plan.Variants.Count; i++)
        Console.WriteLine($"  {plan.Variants[i].Path, -40} {made![i].Length, 9:N0} bytes");
}

async Task Build(int episodes)
{
    var corpus = MakeCorpus(episodes);
    var input = Path.Combine(corpus, "input");
    var theme = Path.Combine(repo, "theme");
    var output = Path.Combine(Path.GetTempPath(), $"bench-out-{episodes}");
    var options = new BuildOptions(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
    var times = new List<double>();
    BuildResult? result = null;
    for (var run = 0; run < 4; run++)
    {
        var clock = Stopwatch.StartNew();
        result = SiteBuilder.Build(SourceLoader.LoadFolder(input), SourceLoader.LoadFolder(theme), options, new AudioProbe());
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        SiteWriter.Write(result.Files, output);
        if (run > 0)
            times.Add(clock.Elapsed.TotalSeconds); // the first run warms the JIT, as a CLI run would not be
    }
    var feedTimes = new List<double>();
    for (var run = 0; run < 3; run++)
    {
        var clock = Stopwatch.StartNew();
        var bytes = new PodcastFeed(result!.Site!, ParseTheme(theme)).Write();
        feedTimes.Add(clock.Elapsed.TotalSeconds);
        if (run == 0)
            Console.WriteLine($"feed.xml: {result.Site!.Episodes.Count} items, {bytes.Length / 1024.0 / 1024.0:0.0} MB");
    }
    Console.WriteLine(
        $"build of {episodes} episodes ({result!.Site!.Episodes.Count} published, {result.Site.Guests.Count} guests, {result.Files.Count} files): median {Median(times):0.00} s (runs: {string.Join(", ", times.Select(t => t.ToString("0.00")))})"
    );
    Console.WriteLine($"feed alone: median {Median(feedTimes) * 1000:0} ms");
    Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    var cli = Stopwatch.StartNew();
    var process = Process.Start(
        new ProcessStartInfo(
            "dotnet",
            [
                "run",
                "-c",
                "Release",
                "--no-build",
                "--project",
                Path.Combine(repo, "generator"),
                "--",
                "build",
                "--input",
                input,
                "--theme",
                theme,
                "--output",
                output + "-cli",
                "--now",
                "2026-11-23",
            ]
        )
        {
            RedirectStandardOutput = true,
        }
    )!;
    await process.WaitForExitAsync();
    Console.WriteLine($"CLI end to end (process start, JIT, build, write): {cli.Elapsed.TotalSeconds:0.00} s, exit {process.ExitCode}");
}

void Feed(int episodes)
{
    var input = Path.Combine(MakeCorpus(episodes), "input");
    var diagnostics = new PodcastSite.Diagnostics.DiagnosticBag();
    var site = SiteParser.Parse(
        SourceLoader.LoadFolder(input),
        new BuildOptions(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)),
        new AudioProbe(),
        diagnostics
    )!;
    var strings = ParseTheme(Path.Combine(repo, "theme"));
    var times = new List<double>();
    var size = 0;
    for (var run = 0; run < 6; run++)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        size = new PodcastFeed(site, strings).Write().Length;
        if (run > 0)
            times.Add(clock.Elapsed.TotalMilliseconds);
    }
    using var check = System.Xml.XmlReader.Create(new MemoryStream(new PodcastFeed(site, strings).Write()));
    while (check.Read()) { }
    Console.WriteLine(
        $"feed of {site.Episodes.Count} items ({size / 1024.0 / 1024.0:0.0} MB, well-formed): median {Median(times):0} ms, min {times.Min():0} ms (5 runs after a warm-up)"
    );
}

void Stages(int episodes)
{
    var input = Path.Combine(MakeCorpus(episodes), "input");
    var theme = Path.Combine(repo, "theme");
    var options = new BuildOptions(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
    for (var run = 0; run < 3; run++)
    {
        var clock = Stopwatch.StartNew();
        var source = SourceLoader.LoadFolder(input);
        var load = clock.Elapsed.TotalMilliseconds;
        var diagnostics = new PodcastSite.Diagnostics.DiagnosticBag();
        var parsedTheme = PodcastSite.Rendering.ThemeParser.Parse(SourceLoader.LoadFolder(theme), diagnostics)!;
        var site = SiteParser.Parse(source, options, new AudioProbe(), diagnostics)!;
        var parse = clock.Elapsed.TotalMilliseconds;
        var pages = new PodcastSite.Rendering.SiteRenderer(site, parsedTheme, "theme", false).RenderPages(diagnostics);
        var render = clock.Elapsed.TotalMilliseconds;
        var feed = new PodcastFeed(site, parsedTheme.NotesStrings).Write();
        var feedTime = clock.Elapsed.TotalMilliseconds;
        SiteWriter.Write(pages, Path.Combine(Path.GetTempPath(), "bench-stages"));
        var write = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(
            $"load {load:0} ms, parse {parse - load:0} ms, render {pages.Count} pages {render - parse:0} ms, feed {feedTime - render:0} ms, write {write - feedTime:0} ms"
        );
    }
}

// A speed target is only reachable above this floor: every build parses each episode's front matter with YamlDotNet,
// parses its notes with Markdig and renders them for the page and the feed, and writes every file of the site.
void Floor(int episodes)
{
    var input = Path.Combine(MakeCorpus(episodes), "input");
    var output = Path.Combine(Path.GetTempPath(), $"bench-floor-{episodes}");
    var options = new BuildOptions(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
    var episodeFiles = Directory.GetFiles(Path.Combine(input, "episodes"), "*.md");
    var split = episodeFiles.Select(f => FrontMatter.Split(File.ReadAllText(f))!).ToArray();
    var pipeline = PodcastSite.Markdown.MarkdownRendering.Pipeline;
    var times = new Dictionary<string, List<double>>();
    var built = Array.Empty<(string Path, byte[] Bytes)>();
    // Round 0 warms the JIT and the page cache and is not counted.
    for (var round = 0; round < 4; round++)
    {
        var buildClock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(SourceLoader.LoadFolder(input), SourceLoader.LoadFolder(Path.Combine(repo, "theme")), options, new AudioProbe());
        SiteWriter.Write(result.Files, output);
        Measure("the whole build, written (in-process)", buildClock);
        if (round == 0)
            built = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => (Path.GetRelativePath(output, f), File.ReadAllBytes(f))).ToArray();
        Directory.Delete(output, recursive: true);

        var clock = Stopwatch.StartNew();
        Parallel.ForEach(episodeFiles, file => File.ReadAllText(file));
        Measure("read the episode files", clock);
        Parallel.ForEach(split, front => new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader(front.Yaml)));
        Measure("YamlDotNet: load each front matter", clock);
        var documents = split.AsParallel().Select(front => Markdig.Markdown.Parse(front.Body, pipeline)).ToArray();
        Measure("Markdig: parse each episode's notes", clock);
        Parallel.ForEach(
            documents,
            document =>
            {
                Markdig.Markdown.ToHtml(document, pipeline);
                Markdig.Markdown.ToHtml(document, pipeline);
            }
        );
        Measure("Markdig: render them to HTML twice (page, feed)", clock);
        Parallel.ForEach(
            built,
            file =>
            {
                var path = Path.Combine(output, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
        );
        Measure($"write the site's {built.Length:N0} files ({built.Sum(f => (long)f.Bytes.Length) / 1024 / 1024} MB)", clock);
        Directory.Delete(output, recursive: true);

        void Measure(string what, Stopwatch clock)
        {
            if (round > 0)
                (times.TryGetValue(what, out var list) ? list : times[what] = []).Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
        }
    }
    Console.WriteLine($"{episodes} episodes on {Environment.ProcessorCount} cores, medians of 3 after a warm-up:");
    foreach (var (what, list) in times.Skip(1))
        Console.WriteLine($"  {what, -52} {Median(list), 6:0} ms");
    Console.WriteLine($"  {"floor: the sum of these", -52} {times.Skip(1).Sum(t => Median(t.Value)), 6:0} ms");
    var (whole, wholeTimes) = times.First();
    Console.WriteLine($"  {whole, -52} {Median(wholeTimes), 6:0} ms");
}

void Probe()
{
    var folder = Path.Combine(Path.GetTempPath(), "bench-probe");
    Directory.CreateDirectory(folder);
    var files = new (string Name, string[] Ffmpeg)[]
    {
        ("xing-320k.mp3", ["-c:a", "libmp3lame", "-b:a", "320k"]),
        ("cbr-no-xing-320k.mp3", ["-c:a", "libmp3lame", "-b:a", "320k", "-write_xing", "0"]),
        ("vbr-no-xing.mp3", ["-c:a", "libmp3lame", "-q:a", "0", "-write_xing", "0"]),
    };
    // A 48 KB fixture with a Xing header first: the 100 MB file with one must take no longer.
    var small = Path.Combine(repo, "tests/PodcastSite.Tests/Fixtures/audio/vbr-xing.mp3");
    File.Copy(small, Path.Combine(folder, "small-xing.mp3"), overwrite: true);
    foreach (var (name, codec) in files.Prepend(("small-xing.mp3", Array.Empty<string>())))
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            // 42 minutes of noise at 320 kbps is about 100 MB.
            var ffmpeg = Process.Start(
                new ProcessStartInfo("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "anoisesrc=d=2600:c=pink:a=0.3", "-ac", "2", .. codec, path])
            )!;
            ffmpeg.WaitForExit();
        }
        var file = new SourceFile(name, path, new FileInfo(path).Length, File.GetLastWriteTimeUtc(path), () => File.OpenRead(path));
        var probe = new AudioProbe();
        probe.Probe(file);
        var times = new List<double>();
        AudioProbeResult result = null!;
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            result = probe.Probe(file);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(
            $"{name}: {file.Length / 1024.0 / 1024.0:0.0} MB, duration {result.Info?.Duration.TotalSeconds:0.000} s, probe median {Median(times):0.00} ms"
        );
    }
}

async Task PreviewReload(int episodes)
{
    var corpus = MakeCorpus(episodes);
    var input = Path.Combine(corpus, "input");
    var builder = new IncrementalBuilder(
        input,
        Path.Combine(repo, "theme"),
        () => new BuildOptions(DateTimeOffset.UtcNow, true, true),
        new CachingAudioProbe(new AudioProbe())
    );
    var port = FreePort();
    await using var server = new PreviewServer(
        builder,
        [input, Path.Combine(repo, "theme")],
        new PreviewOptions("127.0.0.1", port, TimeSpan.FromMilliseconds(15)),
        (_, _) => { }
    );
    await server.StartAsync();
    Console.WriteLine($"initial build of {episodes} episodes: {server.Current.Elapsed.TotalMilliseconds:0} ms, {server.Current.Files.Count} files");
    using var http = new HttpClient { BaseAddress = server.Url, Timeout = Timeout.InfiniteTimeSpan };
    using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath));
    await NextEvent(events);
    var episode = Directory.GetFiles(Path.Combine(input, "episodes"), "*.md").Order().Skip(episodes / 2).First();
    var original = await File.ReadAllTextAsync(episode);
    var times = new List<double>();
    var rebuilds = new List<double>();
    server.Rebuilt += (build, _) => rebuilds.Add(build.Elapsed.TotalMilliseconds);
    for (var i = 0; i < 12; i++)
    {
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(episode, original + $"\n\nEdit number {i}.\n");
        await NextEvent(events);
        if (i > 1)
            times.Add(clock.Elapsed.TotalMilliseconds);
        await Task.Delay(100);
    }
    await File.WriteAllTextAsync(episode, original);
    Console.WriteLine(
        $"save -> reload message, {episodes} episodes: median {Median(times):0} ms, max {times.Max():0} ms (10 saves; rebuild itself median {Median(rebuilds):0} ms; 15 ms of it is the wait for the editor to finish saving)"
    );
}

static async Task NextEvent(StreamReader reader)
{
    while (await reader.ReadLineAsync() is { } line)
        if (line.Length == 0)
            return;
}

void CompiledCli(int episodes, string publishRoot)
{
    // The bench's own Release build brought the generator's framework-dependent build up to date.
    var jit = Path.Combine(repo, "generator/bin/Release/net10.0/podcastsite.dll");
    var aot = Published("aot", ["-p:PublishAot=true"]);
    var readyToRun = Published("r2r", ["-p:PublishAot=false", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true", "--self-contained"]);
    var variants = new (string Name, string Program, string[] Prefix)[]
    {
        ("JIT", "dotnet", [jit]),
        ("Native AOT", aot, []),
        ("ReadyToRun composite", readyToRun, []),
    };
    var corpus = Path.Combine(MakeCorpus(episodes), "input");
    var output = Path.Combine(Path.GetTempPath(), "bench-cli-out");
    string[] theme = ["--theme", Path.Combine(repo, "theme"), "--output", output, "--now", "2026-11-23"];
    var tasks = new (string Name, string[] Arguments)[]
    {
        ("--version", ["--version"]),
        ("sample show build", ["build", "--input", Path.Combine(repo, "input"), .. theme]),
        ($"{episodes}-episode build", ["build", "--input", corpus, .. theme]),
    };
    // One audio-probe cache for every variant, filled by the warm-up round, so all read the same files.
    var cache = Path.Combine(Path.GetTempPath(), "bench-cli-cache");
    foreach (var (name, arguments) in tasks)
    {
        var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
        // Rounds alternate the variants, so a neighbour's load on the machine falls on all of them alike.
        for (var round = 0; round < 4; round++)
        {
            foreach (var variant in variants)
            {
                var clock = Stopwatch.StartNew();
                var start = new ProcessStartInfo(variant.Program, [.. variant.Prefix, .. arguments])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                start.Environment["XDG_CACHE_HOME"] = cache;
                using var process = Process.Start(start)!;
                var printed = process.StandardOutput.ReadToEndAsync();
                var errors = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (process.ExitCode != 0)
                    throw new InvalidOperationException($"{variant.Name} {name}: exit {process.ExitCode}\n{printed.Result}{errors.Result}");
                if (round > 0)
                    times[variant.Name].Add(elapsed); // the first round warms the disk cache
            }
        }
        Console.WriteLine($"{name}: " + string.Join(", ", variants.Select(v => $"{v.Name} {Median(times[v.Name]):0} ms")) + " (medians of 3)");
    }

    string Published(string name, string[] options)
    {
        var folder = Path.Combine(publishRoot, name);
        var binary = Path.Combine(folder, "podcastsite");
        if (File.Exists(binary))
        {
            Console.WriteLine($"{name}: {binary} from {File.GetLastWriteTime(binary):yyyy-MM-dd HH:mm} (delete it to publish again)");
            return binary;
        }
        var clock = Stopwatch.StartNew();
        var publish = Process.Start(
            new ProcessStartInfo(
                "dotnet",
                [
                    "publish",
                    Path.Combine(repo, "generator"),
                    "-c",
                    "Release",
                    "-r",
                    "linux-x64",
                    "-o",
                    folder,
                    $"--artifacts-path={Path.Combine(publishRoot, "artifacts-" + name)}",
                    .. options,
                ]
            )
            {
                RedirectStandardOutput = true,
            }
        )!;
        publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"publishing {name} failed");
        var size = Directory
            .GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".dbg", StringComparison.Ordinal))
            .Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"{name}: published in {clock.Elapsed.TotalSeconds:0} s, {size / 1024 / 1024} MB without debug symbols");
        return binary;
    }
}

string MakeCorpus(int episodes)
{
    var folder = Path.Combine(Path.GetTempPath(), $"bench-corpus-{episodes}");
    if (!Directory.Exists(Path.Combine(folder, "input")))
        Process.Start(Path.Combine(shared, "bench/make-corpus"), [episodes.ToString(CultureInfo.InvariantCulture), folder])!.WaitForExit();
    return folder;
}

static PodcastSite.Notes.NotesStrings ParseTheme(string theme) =>
    PodcastSite.Rendering.ThemeParser.Parse(SourceLoader.LoadFolder(theme), new PodcastSite.Diagnostics.DiagnosticBag())!.NotesStrings;

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static int FreePort()
{
    var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}

static string FindRepo()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PodcastSite.sln")))
        directory = directory.Parent;
    return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository");
}
