using System.Runtime.InteropServices;

namespace PodcastSite.Output;

/// <summary>
/// A second name for a file's bytes. The new site links each file that did not change to the old site's copy, so
/// the file keeps its modification time (rsync and bucket syncs upload only what changed) and costs no copy.
/// </summary>
internal static partial class HardLink
{
    /// <summary>False where the file system or platform has no hard links; the caller copies instead.</summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : UnixLink(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int UnixLink([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("kernel32", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
}
