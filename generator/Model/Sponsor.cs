using Markdig.Syntax;

namespace PodcastSite.Model;

/// <summary>A sponsor read; <paramref name="TextMarkdown"/> is the message in Markdown, <paramref name="Text"/> the same parsed once.</summary>
public sealed record Sponsor(string Name, Uri? Url, string TextMarkdown, MarkdownDocument Text);
