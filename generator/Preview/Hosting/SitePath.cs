namespace PodcastSite.Preview.Hosting;

/// <summary>
/// A request's path as a path of the site, refusing anything that is not plainly a file under the base path.
/// Kestrel has already decoded the path once and removed its dot segments; what is refused here is what a file
/// system could still read as a way out: `..` however it got through, backslashes, drive letters and stream names
/// (`:`), NUL and other control characters, and empty segments (`//etc/passwd` would be an absolute path).
/// </summary>
public static class SitePath
{
    public const string FolderIndex = "index.html";

    /// <summary>The site path of a request path ("/show/episodes/x/" under "/show/" is "episodes/x/index.html"), or null.</summary>
    public static string? From(string requestPath, string basePath)
    {
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal))
            return null;
        var relative = requestPath[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
            relative += FolderIndex;
        return relative.Split('/').All(IsPlainName) ? relative : null;
    }

    private static bool IsPlainName(string segment) =>
        segment.Length > 0 && segment is not ("." or "..") && !segment.Any(c => c is '\\' or ':' || char.IsControl(c));
}
