using Markdig.Syntax;

namespace PodcastSite.Model;

/// <summary>
/// A show-notes link: either a titled URL (<c>{ title, url }</c>) or a line of Markdown
/// holding one or more links, kept as written.
/// </summary>
public abstract record Link;

public sealed record TitledLink(string Title, Uri Url) : Link;

/// <summary>
/// A line of Markdown holding links. <see cref="Document"/> is set only in the notes being rendered
/// (<see cref="Notes.ShowNotes.Of"/>): the model keeps text, since the parsed lines of a large show take tens of megabytes.
/// </summary>
public sealed record MarkdownLink(string Markdown) : Link
{
    public MarkdownDocument? Document { get; init; }
}
