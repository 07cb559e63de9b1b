using Shouldly;

namespace PodcastSite.Tests.Support;

/// <summary>Named pipes (FIFOs), which a plain open waits on until some writer comes: what hostile folders hold.</summary>
public static class NamedPipe
{
    public static void Make(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }

    /// <summary>Opens the pipe to write and closes it: a reader that waits on it goes on and reads nothing.</summary>
    public static void Release(string path)
    {
        using (new FileStream(path, FileMode.Open, FileAccess.Write)) { }
    }
}
