namespace PodcastSite.Model;

/// <summary>
/// podcast:image: art for a purpose beyond the square cover (a banner, a social card). <see cref="Href"/> is a path under
/// <c>input/</c> or an address elsewhere; the size is read from a local file when not written.
/// </summary>
public sealed record ShowImage(string Href, string? Alt, string? Purpose, int? Width, int? Height);
