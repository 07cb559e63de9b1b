using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PodcastSite.Preview.Hosting;

/// <summary>
/// Answers a request from a site's files the way a static host (GitHub Pages, nginx) does: index.html for a
/// folder, a redirect that adds a folder's missing slash, the site's own 404.html, content types, HEAD and byte
/// ranges. The preview and `serve` both answer through it, from the build in memory and from a folder on disk.
/// </summary>
public static class StaticHost
{
    private const int CopyBufferSize = 64 * 1024;

    public static async Task ServeAsync(HttpContext context, ISiteFiles files)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value ?? "/";
        if (files.BasePath != "/" && (path == "/" || path + "/" == files.BasePath))
        {
            context.Response.Redirect(files.BasePath);
            return;
        }
        var sitePath = SitePath.From(path, files.BasePath);
        if (sitePath is null)
        {
            await NotFoundAsync(context, files);
            return;
        }
        await using var file = await files.OpenAsync(sitePath);
        if (file is not null)
        {
            await SendAsync(context, file, ContentTypes.For(sitePath, files.FeedPath), StatusCodes.Status200OK);
            return;
        }
        if (!path.EndsWith('/') && files.Contains(sitePath + "/" + SitePath.FolderIndex))
        {
            context.Response.Redirect(request.Path.ToUriComponent() + "/" + request.QueryString.ToUriComponent());
            return;
        }
        await NotFoundAsync(context, files);
    }

    private static async Task NotFoundAsync(HttpContext context, ISiteFiles files)
    {
        await using var page = await files.OpenAsync("404.html");
        if (page is not null)
        {
            await SendAsync(context, page, ContentTypes.For("404.html", files.FeedPath), StatusCodes.Status404NotFound);
            return;
        }
        await PlainTextAnswer.WriteAsync(context, StatusCodes.Status404NotFound, "Not found");
    }

    private static async Task SendAsync(HttpContext context, ServedFile file, string contentType, int status)
    {
        var response = context.Response;
        var length = file.Content.Length;
        response.ContentType = contentType;
        if (status != StatusCodes.Status200OK)
        {
            response.StatusCode = status;
            await WriteAsync(context, file.Content, 0, length);
            return;
        }
        var validator = FileValidator.Of(file, length);
        if (validator is not null)
        {
            response.Headers.LastModified = HeaderUtilities.FormatDate(validator.LastModified);
            response.Headers.ETag = validator.ETag.ToString();
        }
        response.Headers.AcceptRanges = "bytes";
        var range = FileValidator.IfRangeHolds(context.Request, validator)
            ? RangeRequest.Parse(context.Request.Headers.Range.ToString(), length)
            : new RangeRequest.Whole();
        switch (range)
        {
            case RangeRequest.Part part:
                response.StatusCode = StatusCodes.Status206PartialContent;
                response.Headers.ContentRange = $"bytes {part.From}-{part.To}/{length}";
                await WriteAsync(context, file.Content, part.From, part.Length);
                break;
            case RangeRequest.Unsatisfiable:
                response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                response.Headers.ContentRange = $"bytes */{length}";
                response.ContentType = null;
                response.ContentLength = 0;
                break;
            default:
                response.StatusCode = StatusCodes.Status200OK;
                await WriteAsync(context, file.Content, 0, length);
                break;
        }
    }

    private static async Task WriteAsync(HttpContext context, Stream content, long from, long count)
    {
        context.Response.ContentLength = count;
        if (HttpMethods.IsHead(context.Request.Method))
            return;
        content.Seek(from, SeekOrigin.Begin);
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            while (count > 0)
            {
                var read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(count, buffer.Length)), context.RequestAborted);
                if (read == 0)
                    break; // the file shrank while it was sent; the client sees a short body and retries
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
                count -= read;
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The player seeked elsewhere or the tab closed: nothing is waiting for the rest.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
