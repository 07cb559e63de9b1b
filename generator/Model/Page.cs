using Markdig.Syntax;

namespace PodcastSite.Model;

/// <summary>A free page of the site (about, subscribe...), from <c>input/pages/*.md</c>, published at <c>/{slug}/</c>.</summary>
public sealed record Page(string SourcePath, string Slug, string Title, MarkdownDocument Body, IReadOnlyDictionary<string, object?> Extra);
