using System.Text;
using PodcastSite.Diagnostics;
using PodcastSite.Text;

namespace PodcastSite.Preview;

/// <summary>What the browser shows while the content has errors: every problem with its file, line and column.</summary>
public static class ErrorPage
{
    public static byte[] Render(IReadOnlyList<Diagnostic> diagnostics, int version)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed · PodcastSite preview</title>");
        html.Append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1f24}");
        html.Append("h1{color:#b00020}li{font-family:ui-monospace,monospace;font-size:.9rem;margin:.4rem 0;white-space:pre-wrap}");
        html.Append(".error{color:#b00020}.warning{color:#8a6100}</style></head><body>");
        html.Append("<h1>The site did not build</h1><p>Fix the files below and save: this page reloads by itself.</p><ul>");
        foreach (var diagnostic in diagnostics)
        {
            var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
            html.Append($"<li class=\"{kind}\">{Html.Escape(diagnostic.ToString())}</li>");
        }
        html.Append("</ul></body></html>");
        return LiveReload.Inject(Encoding.UTF8.GetBytes(html.ToString()), version);
    }
}
