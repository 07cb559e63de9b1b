using System.Text;
using PodcastSite.Text;
using Scriban.Runtime;

namespace PodcastSite.Rendering;

/// <summary>
/// Where a page's whole text is written as its templates render, kept from one page to the next so its buffer is
/// made once per thread; <see cref="TakeUtf8"/> turns it into the page's bytes without first making it a string.
/// </summary>
public sealed class PageOutput : IScriptOutput
{
    private readonly StringBuilder _text = new(64 * 1024);

    public void Write(string text, int offset, int count) => _text.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The first <paramref name="count"/> characters of a block captured elsewhere (<c>{{ capture main }}</c>), copied chunk by chunk.</summary>
    public void Write(StringBuilder block, int count) => _text.Append(block, 0, count);

    /// <summary>
    /// Scriban's <c>Template.Render</c> returns what its output holds as a string, which would copy every page once
    /// more for nothing: the page is read with <see cref="TakeUtf8"/> instead.
    /// </summary>
    public override string ToString() => "";

    /// <summary>The page as UTF-8, with no character HTML forbids (<see cref="ForbiddenCharacters"/>); the output is
    /// left empty for the next page.</summary>
    public byte[] TakeUtf8()
    {
        try
        {
            var length = 0;
            foreach (var chunk in _text.GetChunks())
            {
                // Nearly every page has none; one that does, or a surrogate pair cut between two chunks, goes the long way.
                if (ForbiddenCharacters.Any(chunk.Span))
                    return Encoding.UTF8.GetBytes(ForbiddenCharacters.Remove(_text.ToString()));
                length += Encoding.UTF8.GetByteCount(chunk.Span);
            }
            var bytes = new byte[length];
            var written = 0;
            foreach (var chunk in _text.GetChunks())
                written += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(written));
            return bytes;
        }
        finally
        {
            _text.Clear();
        }
    }
}
