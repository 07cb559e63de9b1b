using Markdig.Syntax.Inlines;

namespace PodcastSite.Markdown;

/// <summary>A <c>[12:34]</c> in an episode body: a moment of the episode, which the page turns into a seek link.</summary>
public sealed class TimestampInline(TimeSpan time, string text) : LeafInline
{
    public TimeSpan Time { get; } = time;

    /// <summary>The timestamp as written, without brackets.</summary>
    public string Text { get; } = text;
}
