using PodcastSite.Rendering;

namespace PodcastSite.Preview;

/// <summary>
/// A file of the preview made the first time it is asked for (the feed, the search index), kept until the next
/// change. It is made on a thread pool task of its own and every request awaits that task: a request thread that
/// waited on it synchronously would hold a pool thread that the making (the feed prepares its items with PLINQ)
/// needs, and a burst of requests would starve the pool until the runtime added threads, about one a second.
/// </summary>
public sealed record DeferredFile : OutputFile
{
    private readonly Lazy<Task<byte[]>> _content;

    public DeferredFile(string path, Func<byte[]> make)
        : base(path) =>
        // The lock of this Lazy is held only while the task is queued, never while the file is made.
        _content = new Lazy<Task<byte[]>>(() => Task.Run(make));

    public Task<byte[]> ContentAsync() => _content.Value;
}
