using System.Reflection;

namespace PodcastSite.Scaffold;

/// <summary>
/// The files of a new show, embedded in the tool with `%%NAME%%` marks for the podcaster's values. A plain mark,
/// not a template language, because the files themselves hold `{{ }}` for other tools (GitHub Actions, Scriban).
/// </summary>
public static class ScaffoldTemplates
{
    private static readonly Assembly Assembly = typeof(ScaffoldTemplates).Assembly;

    public static byte[] Bytes(string name)
    {
        using var stream =
            Assembly.GetManifestResourceStream("scaffold/" + name) ?? throw new InvalidOperationException($"the tool has no scaffold file `{name}`");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string Fill(string name, IReadOnlyDictionary<string, string> values)
    {
        var text = System.Text.Encoding.UTF8.GetString(Bytes(name));
        foreach (var (key, value) in values)
            text = text.Replace($"%%{key}%%", value, StringComparison.Ordinal);
        return text;
    }
}
