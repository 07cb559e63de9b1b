using System.Text;

namespace PodcastSite.Model;

/// <summary>
/// An episode's notes as written below its front matter: the Markdown (or kept HTML) that
/// <see cref="Notes.ShowNotes.Of"/> parses where the notes are rendered, and <see cref="Notes.NotesChecks"/> checks there.
/// </summary>
public abstract record EpisodeBody
{
    public abstract string Read();
}

/// <summary>A body held in memory, as UTF-8: half the size of a string.</summary>
public sealed record HeldBody(byte[] Utf8) : EpisodeBody
{
    public override string Read() => Encoding.UTF8.GetString(Utf8);
}
