using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PodcastSite.Cli;

/// <summary>The options several commands share, declared once so `build`, `validate`, `notes` and `preview` agree.</summary>
public static class CliOptions
{
    public static Option<string> Input() =>
        new("--input", "-i")
        {
            Description = "The show's folder: podcast.yml, episodes/, assets/",
            DefaultValueFactory = _ => "input",
            HelpName = "DIR",
        };

    /// <summary>No default value: not given means `theme/` if the show has one, else the built-in theme alone.</summary>
    public static Option<string?> Theme() =>
        new("--theme", "-t") { Description = "A theme folder whose files override the built-in theme's (default: `theme` when it exists)", HelpName = "DIR" };

    public static Option<string> Output() =>
        new("--output", "-o")
        {
            Description = "Where the site is written; replaced only when the build succeeds",
            DefaultValueFactory = _ => "output",
            HelpName = "DIR",
        };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include episodes marked `draft: true`" };

    public static Option<bool> Future() => new("--future") { Description = "Include episodes dated after now (scheduled)" };

    public static Option<DateTimeOffset?> Now() =>
        new("--now")
        {
            Description = "Build as if it were this date (ISO 8601), for reproducible builds",
            HelpName = "DATE",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
                    return value;
                result.AddError($"--now must be an ISO 8601 date like 2026-01-15 or 2026-01-15T12:00:00Z, not '{text}'");
                return null;
            },
        };

    public static Option<Uri?> BaseUrl() =>
        new("--base-url")
        {
            Description = "Override podcast.yml's base_url (e.g. for a staging host)",
            HelpName = "URL",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                    return uri;
                result.AddError($"--base-url must be an absolute http(s) URL, not '{text}'");
                return null;
            },
        };

    public static Option<int> Port() =>
        new("--port", "-p")
        {
            Description = "The port to serve on",
            HelpName = "PORT",
            DefaultValueFactory = _ => 5080,
            CustomParser = result => WholeNumber(result, "--port", 1, 65535) ?? 0,
        };

    /// <summary>A whole number in a range, or an error that says so in words (never a .NET type name).</summary>
    public static int? WholeNumber(ArgumentResult result, string option, int min, int max)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        result.AddError(
            max == int.MaxValue
                ? $"{option} must be a whole number from {min} up, not '{text}'"
                : $"{option} must be a whole number from {min} to {max}, not '{text}'"
        );
        return null;
    }

    /// <summary>One of a few words, matched without regard to case; the error lists them as they are typed.</summary>
    public static T? OneOf<T>(ArgumentResult result, string option, IReadOnlyDictionary<string, T> words)
        where T : struct
    {
        var text = result.Tokens.Single().Value;
        if (words.TryGetValue(text.ToLowerInvariant(), out var value))
            return value;
        result.AddError($"{option} must be {string.Join(", ", words.Keys.SkipLast(1))} or {words.Keys.Last()}, not '{text}'");
        return null;
    }

    /// <summary>The address a local server listens on: `localhost` or an IP address (0.0.0.0 shares it with the network).</summary>
    public static Option<string> Host(string shared) =>
        new("--host")
        {
            Description = $"The address to listen on; 0.0.0.0 shares the {shared} with your network",
            HelpName = "ADDRESS",
            DefaultValueFactory = _ => "127.0.0.1",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (text == "localhost" || System.Net.IPAddress.TryParse(text, out _))
                    return text;
                result.AddError($"--host must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{text}'");
                return "";
            },
        };
}
