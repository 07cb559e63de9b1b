namespace PodcastSite.Model;

/// <summary>A sponsor read; <paramref name="TextMarkdown"/> is the message in Markdown.</summary>
public sealed record Sponsor(string Name, Uri? Url, string TextMarkdown);
