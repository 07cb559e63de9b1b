namespace PodcastSite.Model;

/// <summary>
/// Where `ping` tells podping.cloud that the feed changed. The token is never in podcast.yml (a file that is published and
/// shared): only the name of the environment variable that holds it.
/// </summary>
public sealed record Podping(Uri Url, string TokenVariable)
{
    public static readonly Uri DefaultUrl = new("https://podping.cloud/");
    public const string DefaultTokenVariable = "PODPING_TOKEN";
}
