using System.Net;
using System.Net.Sockets;
using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Preview;

namespace PodcastSite.Tests.Support;

/// <summary>An inline fixture written to a temporary folder, for what needs real files: the preview's watcher, the CLI.</summary>
public sealed class DiskSite : IDisposable
{
    /// <param name="copyTheme">Copy the repository's theme too, for tests that edit it.</param>
    public DiskSite(string fixture, bool copyTheme = false)
    {
        Root = Directory.CreateTempSubdirectory("podcastsite-disk-").FullName;
        Theme = Repo.PathOf("theme");
        if (copyTheme)
        {
            var source = Theme;
            Theme = Path.Combine(Root, "theme");
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Theme, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        var (input, _) = TestSite.Folders(fixture);
        foreach (var file in input.Files)
        {
            var path = Path.Combine(Input, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = file.Open();
            using var target = File.Create(path);
            source.CopyTo(target);
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme { get; }

    public string PathOf(string inputPath) => Path.Combine(Input, inputPath);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>The real preview server on a free port of 127.0.0.1, serving this site with drafts and scheduled episodes.</summary>
    /// <param name="theme">A theme folder other than <see cref="Theme"/>, which need not exist yet.</param>
    public async Task<(IncrementalBuilder Builder, PreviewServer Server)> StartPreviewAsync(string? theme = null)
    {
        theme ??= Theme;
        var builder = new IncrementalBuilder(
            Input,
            theme,
            () => new BuildOptions(TestSite.DefaultNow, IncludeDrafts: true, IncludeFuture: true),
            new AudioProbe()
        );
        var server = new PreviewServer(builder, [Input, theme], new PreviewOptions("127.0.0.1", FreePort(), TimeSpan.FromMilliseconds(50)), (_, _) => { });
        await server.StartAsync();
        return (builder, server);
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
