using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace PodcastSite.Markdown;

public sealed class TimestampExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the link parser, which would otherwise take every '[' first.
        if (!pipeline.InlineParsers.Contains<TimestampInlineParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TimestampInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TimestampHtmlRenderer>())
            html.ObjectRenderers.Insert(0, new TimestampHtmlRenderer());
    }
}
