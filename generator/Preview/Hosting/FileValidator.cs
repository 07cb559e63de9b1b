using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PodcastSite.Preview.Hosting;

/// <summary>
/// What tells one version of a file from the next (its ETag and Last-Modified), so that a player resuming a
/// download with If-Range gets the rest of the same file, or the whole new one when it changed meanwhile.
/// </summary>
public sealed record FileValidator(EntityTagHeaderValue ETag, DateTimeOffset LastModified)
{
    /// <summary>Null for a file made in memory, which has no stable version to name.</summary>
    public static FileValidator? Of(ServedFile file, long length)
    {
        if (file.LastModified is not { } modified)
            return null;
        // HTTP dates have whole seconds; the ETag keeps the finer time, so two saves in one second differ.
        var seconds = modified.ToUniversalTime();
        seconds = seconds.AddTicks(-(seconds.Ticks % TimeSpan.TicksPerSecond));
        return new FileValidator(new EntityTagHeaderValue($"\"{length:x}-{modified.UtcTicks:x}\""), seconds);
    }

    /// <summary>Whether a Range header applies: always without If-Range, else only when If-Range names this very version.</summary>
    public static bool IfRangeHolds(HttpRequest request, FileValidator? validator)
    {
        var ifRange = request.Headers.IfRange.ToString();
        if (ifRange.Length == 0)
            return true;
        if (validator is null)
            return false;
        if (EntityTagHeaderValue.TryParse(ifRange, out var tag))
            return tag.Compare(validator.ETag, useStrongComparison: true);
        return HeaderUtilities.TryParseDate(ifRange, out var date) && date == validator.LastModified;
    }
}
