using PodcastSite.Rendering;

namespace PodcastSite.Output;

/// <summary>`validate`: every page is still rendered (a template can fail at run time), then dropped.</summary>
public sealed class DiscardingSink : IOutputSink
{
    public static readonly DiscardingSink Instance = new();

    public void Add(OutputFile file)
    {
        // Making a streamed file can make others (the feed renders the episode pages from the notes it parses).
        if (file is StreamedFile streamed)
            streamed.Write(Stream.Null);
    }
}
