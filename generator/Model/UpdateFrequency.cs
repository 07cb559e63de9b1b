namespace PodcastSite.Model;

/// <summary>podcast:updateFrequency: when new episodes come, as words for people and an RFC 5545 RRULE for apps.</summary>
public sealed record UpdateFrequency(string Text, string Rrule, bool Complete);
