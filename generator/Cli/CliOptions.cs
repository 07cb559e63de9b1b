using System.CommandLine;
using System.Globalization;

namespace PodcastSite.Cli;

/// <summary>The options several commands share, declared once so `build`, `validate`, `notes` and `preview` agree.</summary>
public static class CliOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "The show's folder: podcast.yml, episodes/, assets/",
        DefaultValueFactory = _ => "input",
        HelpName = "DIR",
    };

    /// <summary>No default value: not given means `theme/` if the show has one, else the built-in theme alone.</summary>
    public static Option<string?> Theme() => new("--theme", "-t")
    {
        Description = "A theme folder whose files override the built-in theme's (default: `theme` when it exists)",
        HelpName = "DIR",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "Where the site is written; replaced only when the build succeeds",
        DefaultValueFactory = _ => "output",
        HelpName = "DIR",
    };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include episodes marked `draft: true`" };

    public static Option<bool> Future() => new("--future") { Description = "Include episodes dated after now (scheduled)" };

    public static Option<DateTimeOffset?> Now() => new("--now")
    {
        Description = "Build as if it were this date (ISO 8601), for reproducible builds",
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
            result.AddError($"--now must be an ISO 8601 date like 2026-01-15 or 2026-01-15T12:00:00Z, not '{text}'");
            return null;
        },
    };

    public static Option<Uri?> BaseUrl() => new("--base-url")
    {
        Description = "Override podcast.yml's base_url (e.g. for a staging host)",
        HelpName = "URL",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)) return uri;
            result.AddError($"--base-url must be an absolute http(s) URL, not '{text}'");
            return null;
        },
    };
}
