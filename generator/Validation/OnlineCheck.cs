using System.Net;
using System.Net.Http.Headers;
using PodcastSite.Diagnostics;
using PodcastSite.Model;

namespace PodcastSite.Validation;

/// <summary>
/// `validate --online`: every episode's audio where listeners will download it answers as the feed says, with the
/// declared length and type, and serves byte ranges (players seek with them; Apple requires them). The build itself
/// never touches the network; this is the one place that does, and only when asked.
/// </summary>
public sealed class OnlineCheck(HttpClient http)
{
    private const int Parallelism = 4;

    public async Task<IReadOnlyList<Diagnostic>> CheckAsync(Site site, CancellationToken cancellation)
    {
        var found = new List<Diagnostic>();
        var episodes = site.Episodes.Where(e => e.Audio is not null).ToList();
        await Parallel.ForEachAsync(
            episodes,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellation },
            async (episode, token) =>
            {
                var problem = await ProblemAsync(episode.Audio!, token);
                if (problem is null)
                    return;
                var at = episode.PositionOf("audio");
                lock (found)
                    found.Add(new Diagnostic(at.Path, at.Line, at.Column, Severity.Error, problem));
            }
        );
        return found.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
    }

    /// <summary>What is wrong with the file at the audio's URL, or null when it answers as declared.</summary>
    public async Task<string?> ProblemAsync(Model.Audio audio, CancellationToken cancellation)
    {
        var url = audio.Url;
        try
        {
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), cancellation);
            if (!head.IsSuccessStatusCode)
                return $"`{url}` answers {(int)head.StatusCode} {head.ReasonPhrase}; podcast apps cannot download the episode";
            if (head.Content.Headers.ContentLength is { } length && length != audio.Length)
                return $"`{url}` is {length:N0} bytes, but the feed says {audio.Length:N0}; apps may stop early or refuse it: upload the file again or fix `length`";
            if (head.Content.Headers.ContentType?.MediaType is { } type && !SameType(type, audio.MimeType))
                return $"`{url}` is served as `{type}`, but the feed says `{audio.MimeType}`; set the host's type for the file, or `type:`";

            var ranged = new HttpRequestMessage(HttpMethod.Get, url);
            ranged.Headers.Range = new RangeHeaderValue(0, 1);
            using var range = await http.SendAsync(ranged, HttpCompletionOption.ResponseHeadersRead, cancellation);
            if (range.StatusCode != HttpStatusCode.PartialContent)
                return $"`{url}` does not serve byte ranges (it answered {(int)range.StatusCode} to `Range: bytes=0-1`); players cannot seek, and Apple Podcasts requires them";
            return null;
        }
        catch (HttpRequestException e)
        {
            return $"`{url}` cannot be reached: {Web.WebConnections.Reason(e)}";
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return $"`{url}` did not answer within {http.Timeout.TotalSeconds:0.#} s";
        }
    }

    // Hosts often serve M4A as audio/mp4 and MP3 as audio/mp3; apps accept either spelling.
    private static bool SameType(string served, string declared) =>
        string.Equals(served, declared, StringComparison.OrdinalIgnoreCase) || (Family(served) is { } family && family == Family(declared));

    private static string? Family(string type) =>
        type.ToLowerInvariant() switch
        {
            "audio/mpeg" or "audio/mp3" or "audio/mpeg3" => "mp3",
            "audio/x-m4a" or "audio/mp4" or "audio/m4a" or "audio/aac" => "m4a",
            "video/mp4" or "video/x-m4v" => "mp4",
            _ => null,
        };
}
