namespace PodcastSite.Model;

/// <summary>podcast:txt: free text for machines, such as a directory's ownership code; <see cref="Purpose"/> says which.</summary>
public sealed record Txt(string Text, string? Purpose);
