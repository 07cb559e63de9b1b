namespace PodcastSite.Cli;

/// <summary>
/// Text from a show or an old feed on its way to the terminal. A control character there is an instruction to the
/// terminal, not text: an escape sequence in an imported feed's title could set the window's title, clear the
/// screen, fake output or plant a link. Each one shows as U+FFFD, one column wide, so the marks under a diagnostic
/// still point at the right spot.
/// </summary>
public static class TerminalText
{
    public static string Clean(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') < 0 && text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') < 0
            ? text
            : string.Create(
                text.Length,
                text,
                static (clean, text) =>
                {
                    for (var i = 0; i < text.Length; i++)
                        clean[i] = text[i] is (< ' ' and not '\t') or (>= '\u007f' and <= '\u009f') ? '\uFFFD' : text[i];
                }
            );
}
