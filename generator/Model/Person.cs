namespace PodcastSite.Model;

/// <summary>Someone heard on the show. Identity is the whitespace-normalised name; the slug names the page.</summary>
public sealed record Person(string Name, string Slug, Uri? Url, string? Image, string Role, string Group)
{
    /// <summary>A few lines about the person, in Markdown, for their page.</summary>
    public string? BioMarkdown { get; init; }
}
