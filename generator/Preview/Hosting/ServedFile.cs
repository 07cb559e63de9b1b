namespace PodcastSite.Preview.Hosting;

/// <summary>One file as the server sends it: its bytes as a seekable stream, and when it last changed when that is known.</summary>
public sealed record ServedFile(Stream Content, DateTimeOffset? LastModified) : IAsyncDisposable
{
    public static ServedFile FromBytes(byte[] bytes) => new(new MemoryStream(bytes, writable: false), null);

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
