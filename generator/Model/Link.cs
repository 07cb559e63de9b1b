using Markdig.Syntax;

namespace PodcastSite.Model;

/// <summary>
/// A show-notes link: either a titled URL (<c>{ title, url }</c>) or a line of Markdown
/// holding one or more links, kept as written.
/// </summary>
public abstract record Link;

public sealed record TitledLink(string Title, Uri Url) : Link;

/// <summary>A line of Markdown holding links, parsed once when the episode is read (it is rendered for the page and the feed).</summary>
public sealed record MarkdownLink(string Markdown, MarkdownDocument Document) : Link;
