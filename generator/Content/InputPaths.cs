using PodcastSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Paths written in podcast.yml and front matter: relative to input/, never leaving it, and present.</summary>
public static class InputPaths
{
    public const string AssetsFolder = "assets";

    /// <summary>
    /// A file under input/, or an absolute http(s) address for what may stay elsewhere (an imported show's art at its
    /// old host): the path as <see cref="Resolve"/> checks it, or the address as written.
    /// </summary>
    public static string? PathOrUrl(YamlMap map, string key, SourceFolder input, bool required = false)
    {
        var text = map.String(key, required);
        if (text is null)
            return null;
        return IsWebAddress(text) ? map.Url(key)?.AbsoluteUri : Resolve(map.Context, map.Node(key)!, text, key, input);
    }

    /// <summary>The path with its `..` steps taken (`assets/audio/../cover.png` is `assets/cover.png`), or null when they climb out.</summary>
    private static string? WithoutParentSteps(string path)
    {
        var parts = new List<string>();
        var climbs = false;
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                    return null;
                parts.RemoveAt(parts.Count - 1);
                climbs = true;
            }
            else if (part is not ("" or "."))
                parts.Add(part);
        }
        return climbs ? string.Join('/', parts) : path;
    }

    public static bool IsWebAddress(string text) =>
        text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    public static string? Resolve(YamlContext context, YamlNode node, string text, string key, SourceFolder input, bool mustExist = true)
    {
        // `file:///etc/passwd`, `https://...`: a scheme of two letters or more (one letter is a Windows drive).
        if (System.Text.RegularExpressions.Regex.IsMatch(text, "^[A-Za-z][A-Za-z0-9+.-]+:"))
        {
            context.Diagnostics.Error(context.At(node), $"`{key}` must be a file under `{AssetsFolder}/` (like `{AssetsFolder}/...`), not the URL `{text}`");
            return null;
        }
        var normalised = text.Replace('\\', '/');
        if (!normalised.StartsWith('/') && !Path.IsPathRooted(normalised) && WithoutParentSteps(normalised) is { } inside && inside != normalised)
        {
            // Inside the input folder all the same, but a path is read one way only: as written from the input folder.
            context.Diagnostics.Error(
                context.At(node),
                $"`{key}` path `{text}` goes back up with `..`; write it straight from `{input.DisplayRoot}/`: `{inside}`"
            );
            return null;
        }
        if (normalised.StartsWith('/') || Path.IsPathRooted(normalised) || normalised.Split('/').Contains(".."))
        {
            context.Diagnostics.Error(
                context.At(node),
                $"`{key}` path `{text}` leaves the input folder; write it relative to `{input.DisplayRoot}/`, like `assets/...`"
            );
            return null;
        }
        normalised = string.Join('/', normalised.Split('/').Where(part => part is not ("" or ".")));
        // Only assets/ is published with the site: a file elsewhere would be linked from the feed and never uploaded.
        // `input/assets/...`: the folder the path is written from, named once more.
        var inputName = Path.GetFileName(input.DisplayRoot.Replace('\\', '/').TrimEnd('/'));
        if (inputName.Length > 0 && normalised.StartsWith($"{inputName}/{AssetsFolder}/", StringComparison.Ordinal))
        {
            context.Diagnostics.Error(
                context.At(node),
                $"`{key}` paths start from the input folder `{input.DisplayRoot}/`, so leave `{inputName}/` out: write `{normalised[(inputName.Length + 1)..]}`"
            );
            return null;
        }
        if (!normalised.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
        {
            context.Diagnostics.Error(
                context.At(node),
                $"`{key}` file `{text}` is outside `{AssetsFolder}/`, and only `{input.DisplayPathOf(AssetsFolder)}/` is published with the site; move it there"
            );
            return null;
        }
        if (mustExist && input.Find(normalised) is null)
        {
            context.Diagnostics.Error(
                context.At(node),
                $"`{key}` file `{text}` does not exist (looked for `{input.DisplayPathOf(normalised)}`){Nearest(input, normalised)}"
            );
            return null;
        }
        return normalised;
    }

    /// <summary>
    /// The file a missing path most likely means: the same in other letter case (a Mac finds `COVER.JPG` for
    /// `cover.jpg`; the web host does not), or a name a letter or two off in the same folder.
    /// </summary>
    private static string Nearest(SourceFolder input, string path)
    {
        var sameCase = input.Files.FirstOrDefault(f => f.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
        if (sameCase is not null)
            return $"; the file is `{sameCase.Path}`, and letter case counts on the web";
        var folder = path[..(path.LastIndexOf('/') + 1)];
        var near = Text.EditDistance.Closest(
            path,
            input.Under(folder.TrimEnd('/')).Select(f => f.Path).Where(p => p.LastIndexOf('/') + 1 == folder.Length),
            maxDistance: 2
        );
        return near is null ? "" : $"; did you mean `{near}`?";
    }
}
