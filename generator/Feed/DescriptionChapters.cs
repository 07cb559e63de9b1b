using PodcastSite.Model;
using PodcastSite.Text;

namespace PodcastSite.Feed;

/// <summary>
/// Chapters as "(MM:SS) Title" lines at the top of an item's description, where Spotify finds them. Spotify takes them
/// only when the first starts at 0:00, there are at least three, and each starts after the one before.
/// </summary>
public static class DescriptionChapters
{
    // At most half the description, so the notes keep room after the list.
    private const int MaxBytes = FeedDescription.MaxBytes / 2;

    /// <summary>Why Spotify would not show these chapters, or null when it would.</summary>
    public static string? Problem(IReadOnlyList<Chapter> chapters)
    {
        if (chapters.Count == 0)
            return "there are no chapters";
        if (DurationText.WholeSeconds(chapters[0].Start) != 0)
            return $"the first chapter starts at {DurationText.Format(chapters[0].Start)}; Spotify shows chapters only when the first starts at 0:00";
        if (chapters.Count < 3)
            return $"{chapters.Count} chapter{(chapters.Count == 1 ? "" : "s")}; Spotify shows chapters only when there are at least three";
        // Listed to the second, two chapters a fraction of a second apart read as one time twice.
        for (var i = 1; i < chapters.Count; i++)
        {
            var (before, after) = (DurationText.WholeSeconds(chapters[i - 1].Start), DurationText.WholeSeconds(chapters[i].Start));
            if (after == before)
                return $"chapters `{chapters[i - 1].Title}` and `{chapters[i].Title}` both start at {DurationText.Format(chapters[i].Start)} to the second; Spotify shows chapters only in ascending order";
            if (after < before)
                return $"chapter `{chapters[i].Title}` starts at {DurationText.Format(chapters[i].Start)}, before `{chapters[i - 1].Title}` ({DurationText.Format(chapters[i - 1].Start)}); Spotify shows chapters only in ascending order";
        }
        if (System.Text.Encoding.UTF8.GetByteCount(Lines(chapters)) > MaxBytes)
            return $"the {chapters.Count} chapters take more than {MaxBytes} bytes as a list, and Apple and Spotify cut a description at {FeedDescription.MaxBytes}";
        return null;
    }

    /// <summary>The lines as one paragraph, or "" when Spotify would not take them (leaving them out beats showing a broken list).</summary>
    public static string ParagraphHtml(IReadOnlyList<Chapter> chapters) => Problem(chapters) is null ? Lines(chapters) : "";

    private static string Lines(IReadOnlyList<Chapter> chapters) =>
        "<p>" + string.Join("<br>", chapters.Select(c => $"({DurationText.Format(c.Start)}) {Html.Escape(c.Title)}")) + "</p>";
}
