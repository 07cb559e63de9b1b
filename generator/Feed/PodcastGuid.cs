using System.Security.Cryptography;
using System.Text;

namespace PodcastSite.Feed;

/// <summary>
/// The Podcasting 2.0 <c>podcast:guid</c>: a UUIDv5 (RFC 4122 §4.3) of the feed URL without its scheme and
/// trailing slashes, in the namespace the spec fixes.
/// </summary>
public static class PodcastGuid
{
    public static readonly Guid Namespace = Guid.Parse("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

    public static Guid ForFeedUrl(string feedUrl)
    {
        var name = feedUrl;
        var scheme = name.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            name = name[(scheme + 3)..];
        return UuidV5(Namespace, name.TrimEnd('/'));
    }

    public static Guid UuidV5(Guid ns, string name)
    {
        // RFC 4122 hashes the namespace in network byte order; Guid.ToByteArray is little-endian in its first three fields.
        var input = ns.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(input);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
