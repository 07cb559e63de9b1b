namespace PodcastSite.Model;

/// <summary>podcast:integrity: a Subresource Integrity hash (<c>sri</c>) or a detached PGP signature (<c>pgp-signature</c>) of a file.</summary>
public sealed record Integrity(string Type, string Value);
