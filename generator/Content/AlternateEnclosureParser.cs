using System.Globalization;
using System.Text.RegularExpressions;
using PodcastSite.Audio;
using PodcastSite.Diagnostics;
using PodcastSite.Model;
using PodcastSite.Text;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>
/// Parse: an episode's <c>alternate_enclosures</c>. A source under <c>assets/</c> is probed like the audio, so its
/// size, type and duration come from the file; a source elsewhere needs them written, since the build never downloads.
/// </summary>
public sealed partial class AlternateEnclosureParser(SourceFolder input, IAudioProbe probe, Func<string, Uri> mediaUrl, DiagnosticBag diagnostics)
{
    public static readonly string[] Keys = ["type", "length", "bitrate", "height", "lang", "title", "rel", "default", "sources", "integrity"];

    public static readonly string[] IntegrityKeys = ["type", "value"];

    private static readonly string[] IntegrityTypes = ["sri", "pgp-signature"];

    // Whole seconds an alternate may differ from the episode's audio before apps that switch between them lose the place.
    private static readonly TimeSpan DurationTolerance = TimeSpan.FromSeconds(2);

    // The namespace caps these attributes at 32 characters.
    private const int ShortTextLimit = 32;

    public IReadOnlyList<AlternateEnclosure> Parse(YamlMap episode, TimeSpan? episodeDuration)
    {
        var alternates = new List<AlternateEnclosure>();
        foreach (var node in episode.List("alternate_enclosures"))
        {
            var map = episode.Context.Mapping(node, "an alternate enclosure");
            if (map is null)
                continue;
            if (ParseOne(map, episodeDuration) is not { } alternate)
                continue;
            if (alternate.Default && alternates.Any(a => a.Default))
                diagnostics.Error(
                    map.Context.At(map.Node("default")!),
                    "only one alternate enclosure can be the `default`; apps pick it when they do not know what the listener prefers"
                );
            alternates.Add(alternate);
        }
        return alternates;
    }

    private AlternateEnclosure? ParseOne(YamlMap map, TimeSpan? episodeDuration)
    {
        map.CheckUnknownKeys(Keys, Severity.Error, "an alternate enclosure");
        var (sources, local) = ParseSources(map);
        var probed = local is null ? null : ProbeLocal(map, local.Value.Node, local.Value.Path);
        var type = map.String("type");
        if (type is not null && !MimeType().IsMatch(type))
        {
            diagnostics.Error(map.Context.At(map.Node("type")!), $"`type` must be a media type like `video/mp4` or `audio/mpeg`, not `{type}`");
            type = null;
        }
        var length = Length(map);
        if (probed is not null)
        {
            if (type is not null && type != probed.MimeType)
                diagnostics.Warning(
                    map.Context.At(map.Node("type")!),
                    $"`type` {type} differs from the type of `{local!.Value.Text}` ({probed.MimeType}); the feed uses the file's, so remove `type`"
                );
            if (length is not null && length != probed.Length)
                diagnostics.Warning(
                    map.Context.At(map.Node("length")!),
                    $"`length` {length} differs from the size of `{local!.Value.Text}` ({probed.Length} bytes); the feed uses the file's, so remove `length`"
                );
            if (episodeDuration is { } episodeLength && (probed.Duration - episodeLength).Duration() > DurationTolerance)
                diagnostics.Warning(
                    map.Context.At(local!.Value.Node),
                    $"`{local.Value.Text}` plays for {DurationText.Format(probed.Duration)}, the episode for {DurationText.Format(episodeLength)}; "
                        + "an alternate enclosure is the same episode in another form, so apps that switch to it keep the listener's place by time"
                );
        }
        else if (local is null && sources.Count > 0)
        {
            type ??= MediaTypes.ForExtension(sources[0].AbsolutePath);
            if (type is null)
                diagnostics.Error(
                    map.Node("type") is { } typeNode ? map.Context.At(typeNode) : map.Position,
                    $"missing required key `type`: cannot tell the kind of file `{sources[0].OriginalString}` from its name; write it, like `type: video/mp4`"
                );
            if (length is null && map.Node("length") is null)
                diagnostics.Error(
                    map.Position,
                    "missing required key `length`: a file given only by address needs its size in bytes, since the build never downloads"
                );
        }
        var alternate = new AlternateEnclosure(probed?.MimeType ?? type ?? "", probed?.Length ?? length ?? 0, sources)
        {
            Bitrate = Positive(map, "bitrate", "bits per second"),
            Height = (int?)Positive(map, "height", "pixels"),
            Lang = Language(map),
            Title = ShortText(map, "title"),
            Rel = ShortText(map, "rel"),
            Default = map.Bool("default") ?? false,
            Integrity = ParseIntegrity(map),
            LocalPath = local?.Path,
            LocalUrl = local is { Path: var localPath } ? mediaUrl(localPath) : null,
            Duration = probed?.Duration,
        };
        if (sources.Count == 0 || alternate.MimeType.Length == 0 || (probed is null && length is null))
            return null;
        return alternate;
    }

    private (List<Uri> Sources, (YamlNode Node, string Text, string Path)? Local) ParseSources(YamlMap map)
    {
        var sources = new List<Uri>();
        (YamlNode, string, string)? local = null;
        var nodes = map.List("sources", singleAllowed: true);
        if (nodes.Count == 0)
        {
            diagnostics.Error(
                map.Node("sources") is { } empty ? map.Context.At(empty) : map.Position,
                "missing required key `sources`: list where the file is, as paths under `assets/` or full addresses"
            );
            return (sources, null);
        }
        foreach (var node in nodes)
        {
            var text = map.Context.Scalar(node, "a source");
            if (text is null)
                continue;
            if (InputPaths.IsWebAddress(text))
            {
                if (map.Context.Url(node, text, "sources") is { } url)
                    sources.Add(url);
                continue;
            }
            var path = InputPaths.Resolve(map.Context, node, text, "sources", input);
            if (path is null)
                continue;
            sources.Add(mediaUrl(path));
            local ??= (node, text, path);
        }
        return (sources, local);
    }

    private AudioInfo? ProbeLocal(YamlMap map, YamlNode node, string path)
    {
        var result = probe.Probe(input.Find(path)!);
        if (result.Info is null)
            diagnostics.Error(map.Context.At(node), $"cannot read `{path}`: {result.Error}");
        return result.Info;
    }

    private long? Length(YamlMap map)
    {
        var text = map.String("length");
        if (text is null)
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0)
            return bytes;
        diagnostics.Error(map.Context.At(map.Node("length")!), $"`length` must be the file's size in bytes, a whole number above 0, not `{text}`");
        return null;
    }

    private long? Positive(YamlMap map, string key, string unit)
    {
        var text = map.String(key);
        if (text is null)
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= int.MaxValue)
            return value;
        diagnostics.Error(map.Context.At(map.Node(key)!), $"`{key}` must be a whole number of {unit} above 0, not `{text}`");
        return null;
    }

    private string? Language(YamlMap map)
    {
        var lang = map.String("lang");
        if (lang is null || LanguageCode().IsMatch(lang))
            return lang;
        diagnostics.Error(map.Context.At(map.Node("lang")!), $"`lang` must be a language code like `en` or `pt-BR`, not `{lang}`");
        return null;
    }

    private string? ShortText(YamlMap map, string key)
    {
        var text = map.String(key);
        if (text is null || text.Length <= ShortTextLimit)
            return text;
        diagnostics.Error(map.Context.At(map.Node(key)!), $"`{key}` is {text.Length} characters; the podcast namespace allows at most {ShortTextLimit}");
        return null;
    }

    private Integrity? ParseIntegrity(YamlMap alternate)
    {
        var map = alternate.Map("integrity");
        if (map is null)
            return null;
        map.CheckUnknownKeys(IntegrityKeys, Severity.Error, "`integrity`");
        var type = map.String("type", required: true);
        var value = map.String("value", required: true);
        if (type is not null && !IntegrityTypes.Contains(type))
        {
            diagnostics.Error(map.Context.At(map.Node("type")!), $"`type` must be `sri` or `pgp-signature`, not `{type}`");
            return null;
        }
        if (type == "sri" && value is not null && !SriHash().IsMatch(value))
        {
            diagnostics.Error(
                map.Context.At(map.Node("value")!),
                $"`value` must be a Subresource Integrity hash like `sha384-` and the base64 digest, not `{value}`"
            );
            return null;
        }
        return type is null || value is null ? null : new Integrity(type, value);
    }

    [GeneratedRegex(@"^[a-z]+/[a-zA-Z0-9][a-zA-Z0-9.+_-]*$")]
    private static partial Regex MimeType();

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$")]
    private static partial Regex SriHash();
}
