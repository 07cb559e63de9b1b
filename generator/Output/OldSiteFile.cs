using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PodcastSite.Output;

/// <summary>
/// Opens a file of the previous site to compare it with the new one. The old output is whatever is on disk: a named
/// pipe left where a page goes would hold an ordinary open until some writer came, and the build with it. On Unix
/// the file is opened without waiting; a pipe then cannot be read at an offset, and is written afresh.
/// </summary>
internal static class OldSiteFile
{
    /// <returns>Null when there is nothing there the build can read: it writes the file afresh.</returns>
    public static SafeFileHandle? OpenForReading(string path)
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
        var flags = OperatingSystem.IsMacOS() ? MacNonBlock | MacCloseOnExec : LinuxNonBlock | LinuxCloseOnExec;
        var descriptor = UnixOpen(path, flags);
        return descriptor < 0 ? null : new SafeFileHandle(descriptor, ownsHandle: true);
    }

    // O_RDONLY is 0 on both; the other flags differ.
    private const int LinuxNonBlock = 0x800;
    private const int LinuxCloseOnExec = 0x80000;
    private const int MacNonBlock = 0x4;
    private const int MacCloseOnExec = 0x1000000;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int UnixOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
