using System.Text;
using Microsoft.AspNetCore.Http;

namespace PodcastSite.Preview.Hosting;

/// <summary>A short plain-text answer for what has no page of its own (a refused host, a site without 404.html).</summary>
public static class PlainTextAnswer
{
    public static async Task WriteAsync(HttpContext context, int status, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text + "\n");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(bytes);
    }
}
