namespace PodcastSite.Scaffold;

/// <summary>
/// What `init` writes into podcast.yml where the podcaster has not said yet (no --author, --email or --base-url, and
/// a description to replace), so that a build can tell them apart from a show's own values and warn before they are
/// published: Apple sends the ownership code to the owner's email.
/// </summary>
public static class InitPlaceholders
{
    public const string Author = "Your Name";

    public const string Email = "you@example.com";

    public const string BaseUrl = "https://example.com/";

    /// <summary>How the description in <c>Templates/podcast.yml</c> starts.</summary>
    public const string DescriptionStart = "What the show is about, in two or three sentences.";
}
