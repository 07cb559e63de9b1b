namespace PodcastSite.Tests.Support;

/// <summary>Paths in the repository, found from wherever the test binary runs.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string AudioFixture(string name) => PathOf($"tests/PodcastSite.Tests/Fixtures/audio/{name}");

    public static string VideoFixture(string name) => PathOf($"tests/PodcastSite.Tests/Fixtures/video/{name}");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PodcastSite.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("cannot find PodcastSite.sln above the test binary");
    }
}
