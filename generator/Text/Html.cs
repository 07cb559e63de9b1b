namespace PodcastSite.Text;

/// <summary>HTML escaping that touches only what must change, so text reads as the author wrote it (no entities for é or emoji).</summary>
public static class Html
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
    }
}
