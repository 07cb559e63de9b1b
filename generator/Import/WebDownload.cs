using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using PodcastSite.Web;

namespace PodcastSite.Import;

/// <summary>What a download gave: the bytes and where they finally came from after redirects, or what went wrong, in a sentence.</summary>
public sealed record Downloaded(byte[]? Bytes, Uri? FinalAddress, string? Problem);

/// <summary>
/// Downloads from the old host, the one place `import` reaches the network: redirects followed (never to a link-local
/// address, <see cref="WebConnections"/>), a time limit on the whole download, and a size limit, since a podcast feed
/// is megabytes at most and anything bigger is not one.
/// </summary>
public sealed class WebDownload(TimeSpan timeout, long maxBytes, string userAgent) : IDisposable
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    private const int MaxRedirections = 10;

    private readonly HttpClient _client = new(WebConnections.Handler(MaxRedirections, DecompressionMethods.All))
    {
        // The whole download is timed below, headers and body together.
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { UserAgent = { ProductInfoHeaderValue.Parse(userAgent) } },
    };

    public async Task<Downloaded> GetAsync(Uri address)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            using var response = await _client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
            var final = response.RequestMessage?.RequestUri ?? address;
            // The handler hands back the last redirect once it has followed as many as it may.
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is not null)
                return Failed($"`{address}` redirects more than {MaxRedirections} times, likely in a circle (the last to `{final}`); check the address");
            if (!response.IsSuccessStatusCode)
                return Failed(
                    $"`{address}` answered {(int)response.StatusCode} {response.ReasonPhrase}{(final != address ? $" (after a redirect to `{final}`)" : "")}; check the address"
                );
            if (response.Content.Headers.ContentLength > maxBytes)
                return Failed(
                    $"`{address}` is {Megabytes(response.Content.Headers.ContentLength.Value)}, more than the {Megabytes(maxBytes)} a podcast feed or its art can be; check the address"
                );
            await using var body = await response.Content.ReadAsStreamAsync(cancel.Token);
            using var bytes = new MemoryStream();
            var buffer = new byte[81920];
            for (int read; (read = await body.ReadAsync(buffer, cancel.Token)) > 0; )
            {
                if (bytes.Length + read > maxBytes)
                    return Failed($"`{address}` sends more than {Megabytes(maxBytes)}, more than a podcast feed or its art can be; check the address");
                bytes.Write(buffer, 0, read);
            }
            return new Downloaded(bytes.ToArray(), final, null);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return Failed(
                $"`{address}` did not answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; try again later, or allow longer with --timeout"
            );
        }
        catch (HttpRequestException e)
        {
            return Failed($"cannot download `{address}`: {WebConnections.Reason(e)}");
        }
        catch (UriFormatException)
        {
            // A redirect to `file:///etc/passwd` or another place that is not a web address: never followed.
            return Failed($"`{address}` redirects to something that is not a web address; check the address");
        }
    }

    private static Downloaded Failed(string problem) => new(null, null, problem);

    private static string Megabytes(long bytes) => $"{(bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)} MB";

    public void Dispose() => _client.Dispose();
}
