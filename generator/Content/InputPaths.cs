using PodcastSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Paths written in podcast.yml and front matter: relative to input/, never leaving it, and present.</summary>
public static class InputPaths
{
    public const string AssetsFolder = "assets";

    public static string? Resolve(YamlContext context, YamlNode node, string text, string key, SourceFolder input, bool mustExist = true)
    {
        // `file:///etc/passwd`, `https://...`: a scheme of two letters or more (one letter is a Windows drive).
        if (System.Text.RegularExpressions.Regex.IsMatch(text, "^[A-Za-z][A-Za-z0-9+.-]+:"))
        {
            context.Diagnostics.Error(context.At(node), $"`{key}` must be a file under `{AssetsFolder}/` (like `{AssetsFolder}/...`), not the URL `{text}`");
            return null;
        }
        var normalised = text.Replace('\\', '/');
        if (normalised.StartsWith('/') || Path.IsPathRooted(normalised) || normalised.Split('/').Contains(".."))
        {
            context.Diagnostics.Error(context.At(node), $"`{key}` path `{text}` leaves the input folder; write it relative to `{input.DisplayRoot}/`, like `assets/...`");
            return null;
        }
        normalised = string.Join('/', normalised.Split('/').Where(part => part is not ("" or ".")));
        // Only assets/ is published with the site: a file elsewhere would be linked from the feed and never uploaded.
        if (!normalised.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
        {
            context.Diagnostics.Error(context.At(node), $"`{key}` file `{text}` is outside `{AssetsFolder}/`, and only `{input.DisplayPathOf(AssetsFolder)}/` is published with the site; move it there");
            return null;
        }
        if (mustExist && input.Find(normalised) is null)
        {
            context.Diagnostics.Error(context.At(node), $"`{key}` file `{text}` does not exist (looked for `{input.DisplayPathOf(normalised)}`)");
            return null;
        }
        return normalised;
    }
}
