namespace PodcastSite.Scaffold;

/// <summary>
/// What `init` writes into podcast.yml where the podcaster has not said yet (no --author, --email or --base-url), so
/// that a build can tell the name, the email and the description it writes from a show's own and warn of them before
/// they are published: Apple sends the ownership code to the owner's email.
/// </summary>
public static class InitPlaceholders
{
    public const string Author = "Your Name";

    public const string Email = "you@example.com";

    public const string BaseUrl = "https://example.com/";

    /// <summary>How the description in <c>Templates/podcast.yml</c> starts.</summary>
    public const string DescriptionStart = "What the show is about, in two or three sentences.";
}
