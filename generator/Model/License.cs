namespace PodcastSite.Model;

/// <summary>podcast:license: an SPDX identifier such as <c>CC-BY-4.0</c>, or a licence of one's own with the address of its text.</summary>
public sealed record License(string Name, Uri? Url);
