using PodcastSite.Preview;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>
/// The same small show twice, side by side: built in memory by the preview, and built to `output/` and served from
/// there by `podcastsite serve`. Both must answer by the same rules. A secret file lies beside the input and the
/// output folders, and (where the system allows) links inside the output point at it, for the tests to never see.
/// </summary>
public sealed class ServedSites : IAsyncLifetime
{
    public const string Secret = "SECRET-c0ffee-do-not-serve";

    private PreviewServer _preview = null!;
    private ServeProcess _serve = null!;

    public DiskSite Site { get; } = new(PreviewServerTests.Fixture);

    public string Output => Path.Combine(Site.Root, "output");

    public string SecretFile => Path.Combine(Site.Root, "secret.txt");

    public Uri PreviewUrl => _preview.Url;

    public Uri ServeUrl => _serve.Url;

    public string ServeAnnouncement => _serve.Announcement;

    /// <summary>"preview" or "serve", as the tests' theories name them.</summary>
    public Uri Server(string name) =>
        name switch
        {
            "preview" => PreviewUrl,
            "serve" => ServeUrl,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "a server is `preview` or `serve`"),
        };

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(SecretFile, Secret);
        await File.WriteAllTextAsync(Site.PathOf("secret.txt"), Secret);
        var build = CliRun.Run("build", "--input", Site.Input, "--theme", Site.Theme, "--output", Output, "--drafts", "--future", "--now", "2026-06-01");
        build.ExitCode.ShouldBe(0, build.Error);
        if (!OperatingSystem.IsWindows())
        {
            var outside = Directory.CreateDirectory(Path.Combine(Site.Root, "private")).FullName;
            await File.WriteAllTextAsync(Path.Combine(outside, "notes.txt"), Secret);
            File.CreateSymbolicLink(Path.Combine(Output, "leak.txt"), SecretFile);
            File.CreateSymbolicLink(Path.Combine(Output, "relative-leak.txt"), "../secret.txt");
            Directory.CreateSymbolicLink(Path.Combine(Output, "private"), outside);
            File.CreateSymbolicLink(Path.Combine(Output, "assets", "inside.css"), Path.Combine(Output, "css", "site.css"));
        }
        (_, _preview) = await Site.StartPreviewAsync();
        _serve = await ServeProcess.StartAsync(Output);
    }

    public async ValueTask DisposeAsync()
    {
        _serve?.Dispose();
        if (_preview is not null)
            await _preview.DisposeAsync();
        Site.Dispose();
    }
}

[CollectionDefinition(nameof(ServedSites))]
public sealed class ServedSitesCollection : ICollectionFixture<ServedSites>;
