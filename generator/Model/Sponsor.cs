using Markdig.Syntax;

namespace PodcastSite.Model;

/// <summary>A sponsor read; <paramref name="TextMarkdown"/> is the message in Markdown, <see cref="Text"/> the same parsed,
/// set only in the notes being rendered (<see cref="Notes.ShowNotes.Of"/>).</summary>
public sealed record Sponsor(string Name, Uri? Url, string TextMarkdown)
{
    public MarkdownDocument? Text { get; init; }
}
