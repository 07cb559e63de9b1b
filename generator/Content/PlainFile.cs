using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PodcastSite.Content;

/// <summary>
/// Opens files to read without waiting on what only looks like one. A named pipe where a file is expected (in the
/// input, or in the old output a rebuild compares with) holds an ordinary open, and the build with it, until some
/// other program writes to it. On Unix a file is opened without waiting; a pipe, a socket or a terminal then shows
/// itself by not being seekable.
/// </summary>
internal static class PlainFile
{
    /// <summary>The file to read at offsets, or null when there is nothing there to open.</summary>
    /// <param name="followLink">False for the old output: a link there is no file of the site's, and is never read through.</param>
    public static SafeFileHandle? TryOpen(string path, bool followLink)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
        var descriptor = UnixOpen(path, Flags(followLink));
        return descriptor < 0 ? null : new SafeFileHandle(descriptor, ownsHandle: true);
    }

    /// <summary>An input file to read from the start.</summary>
    /// <exception cref="IOException">It cannot be opened, or it is a pipe, a socket or a device: named as <paramref name="shownAs"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">It is a folder, or not readable.</exception>
    public static Stream OpenRead(string path, string shownAs)
    {
        if (OperatingSystem.IsWindows() || TryOpen(path, followLink: true) is not { } handle)
            // .NET's own open says why it failed (missing, a folder, no permission); on Windows it is the only one.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan);
        var stream = new FileStream(handle, FileAccess.Read, 4096);
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw new IOException(
                $"`{shownAs}` is not a file but a named pipe, a socket or a device; PodcastSite reads only plain files, so move it out of the folder"
            );
        }
        // A folder opens too, and fails only when read: .NET's own open refuses one at once, and so does this.
        if (File.GetAttributes(handle).HasFlag(FileAttributes.Directory))
        {
            stream.Dispose();
            throw new UnauthorizedAccessException($"`{shownAs}` is a folder, not a file");
        }
        return stream;
    }

    // O_RDONLY is 0 everywhere; O_NONBLOCK and O_CLOEXEC are the same on Linux x64 and arm64, O_NOFOLLOW is not.
    private static int Flags(bool followLink) =>
        OperatingSystem.IsMacOS()
            ? 0x4 | 0x1000000 | (followLink ? 0 : 0x100)
            : 0x800
                | 0x80000
                | (
                    followLink ? 0
                    : RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000
                    : 0x20000
                );

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int UnixOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
