using PodcastSite.Diagnostics;
using PodcastSite.Model;

namespace PodcastSite.Content;

/// <summary>
/// The body of an episode of a large show, left in its file and read again where its notes are rendered: held in
/// memory, the bodies of a 30,000-episode show are a sixth of the build's peak. What is read must be what was parsed,
/// so its length and hash are checked; a file saved again during the build stops it before anything is written.
/// </summary>
public sealed record FileBody(SourceFile File, int Length, int Hash) : EpisodeBody
{
    public static FileBody Of(SourceFile file, string body) => new(file, body.Length, body.GetHashCode());

    public override string Read()
    {
        // Decoded and split as the parse did, so the same file gives the same text; its problems were reported then.
        var text = File.ReadText(new DiagnosticBag());
        var body = text is null ? null : FrontMatter.Split(text)?.Body;
        if (body is null || body.Length != Length || body.GetHashCode() != Hash)
            throw new IOException($"{File.DisplayPath} changed during the build; nothing was written. Build again.");
        return body;
    }
}
