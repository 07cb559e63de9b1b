using System.Net;
using System.Net.Sockets;

namespace PodcastSite.Tests.Support;

/// <summary>An inline fixture written to a temporary folder, for what needs real files: the preview's watcher, the CLI.</summary>
public sealed class DiskSite : IDisposable
{
    public DiskSite(string fixture)
    {
        Root = Directory.CreateTempSubdirectory("podcastsite-disk-").FullName;
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

    public static string Theme => Repo.PathOf("theme");

    public string PathOf(string inputPath) => Path.Combine(Input, inputPath);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
