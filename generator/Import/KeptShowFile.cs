using PodcastSite.Content;
using PodcastSite.Diagnostics;

namespace PodcastSite.Import;

/// <summary>
/// A podcast.yml that `import` found and kept, held against the feed it imported: a `guid` other than the feed's makes
/// the new feed another show to podcast apps and the Podcast Index, and another title most likely means another show
/// whose episodes were just added.
/// </summary>
public static class KeptShowFile
{
    public static void Check(SourceFile file, ImportedShow show, DiagnosticBag diagnostics)
    {
        // A podcast.yml that does not read is reported by the build, where the podcaster fixes it anyway.
        if (YamlContext.ReadMapping(file, new DiagnosticBag()) is not { } map)
            return;
        if (show.Guid is { } feedGuid)
        {
            var origin = show.GuidDerived ? "worked out from the old feed's address, as podcast apps do" : "the old feed's podcast:guid";
            var keep = $"to keep the show's identity in podcast apps and the Podcast Index, write `guid: {feedGuid:D}`";
            var written = map.Node("guid") is { } node && !YamlMap.IsNull(node) ? map.String("guid") : null;
            if (written is null)
                diagnostics.Warning(
                    map.Position,
                    $"`{ShowParser.FileName}` has no `guid`, so the new feed gets one of its own and apps take it for another show than `{feedGuid:D}` ({origin}); {keep}"
                );
            else if (!Guid.TryParse(written, out var guid) || guid != feedGuid)
                diagnostics.Warning(
                    map.KeyPosition("guid"),
                    $"`guid` is `{written}`, but the imported show's is `{feedGuid:D}` ({origin}), so apps would take the new feed for another show; {keep}"
                );
        }
        if (show.Title is { } feedTitle && map.Node("title") is { } titleNode && !YamlMap.IsNull(titleNode) && map.String("title") is { } title)
        {
            if (!string.Equals(title.Trim(), feedTitle.Trim(), StringComparison.OrdinalIgnoreCase))
                diagnostics.Warning(
                    map.KeyPosition("title"),
                    $"`title` is `{title}`, but the imported feed is `{feedTitle}`: its items were added to this show all the same; if it is another show, delete the new episode files and import it with `--output` naming another folder"
                );
        }
    }
}
