using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using PodcastSite.Text;

namespace PodcastSite.Markdown;

/// <summary>On a page a timestamp seeks the player (<c>#t=754</c>); in a feed it stays the text the author wrote.</summary>
public sealed class TimestampHtmlRenderer : HtmlObjectRenderer<TimestampInline>
{
    public bool AsLinks { get; set; } = true;

    protected override void Write(HtmlRenderer renderer, TimestampInline timestamp)
    {
        if (!AsLinks)
        {
            renderer.WriteEscape($"[{timestamp.Text}]");
            return;
        }
        var seconds = DurationText.WholeSeconds(timestamp.Time).ToString(CultureInfo.InvariantCulture);
        renderer.Write($"<a class=\"timestamp\" href=\"#t={seconds}\" data-seek=\"{seconds}\">");
        renderer.WriteEscape(timestamp.Text);
        renderer.Write("</a>");
    }
}
