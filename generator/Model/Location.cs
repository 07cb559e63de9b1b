namespace PodcastSite.Model;

/// <summary>podcast:location: the place the show is about, by name, with an RFC 5870 <c>geo:</c> URI and an OpenStreetMap id if known.</summary>
public sealed record Location(string Name, string? Geo, string? Osm);
