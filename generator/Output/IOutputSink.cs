using PodcastSite.Rendering;

namespace PodcastSite.Output;

/// <summary>
/// Where a build puts each file as soon as it is made, so a large show is never held in memory whole: a staging
/// folder (`build`), nowhere (`validate`), or a list (tests, which read the files back). Called from many threads.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
