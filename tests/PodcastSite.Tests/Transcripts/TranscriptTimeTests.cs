using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Transcripts;

/// <summary>A transcript line whose time cannot be read is named where it stands; the other lines still make the page.</summary>
public sealed class TranscriptTimeTests
{
    private static TestSite Build(string format, string transcript) =>
        TestSite.Build(
            TestSite.Show
                + "\n"
                + TestSite.Episode.Replace("guest:", $"transcript: assets/t.{format}\nguest:")
                + $"\n-- input/assets/t.{format} --\n{transcript}"
        );

    private static void ShouldWarnAt(TestSite site, string format, int line, int column, string words)
    {
        site.Warnings.ShouldContain(
            w => w.Path == $"input/assets/t.{format}" && w.Line == line && w.Column == column && w.Message.Contains(words),
            string.Join("\n", site.Result.Diagnostics)
        );
        site.Html("episodes/hello/transcript/index.html")
            .QuerySelectorAll(".transcript li")
            .Select(l => l.QuerySelector(".cue-text")!.TextContent)
            .ShouldBe(["Kept."]);
    }

    [Theory]
    [InlineData("99999999999:00:00.000", "past a week")]
    [InlineData("999999999:00:00.000", "past a week")]
    [InlineData("00:75:00.000", "not a time")]
    [InlineData("٠٠:٠٠.٠٠٠", "not a time")]
    public void A_webvtt_line_whose_start_cannot_be_read_is_left_out_with_a_warning_at_its_time(string start, string words)
    {
        var site = Build("vtt", $"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nKept.\n\n{start} --> 00:00:04.000\nLost.\n");

        ShouldWarnAt(site, "vtt", 6, 1, words);
    }

    [Fact]
    public void A_subrip_line_whose_start_cannot_be_read_is_left_out_with_a_warning_at_its_time()
    {
        var site = Build("srt", "1\n00:00:01,000 --> 00:00:02,000\nKept.\n\n2\n  99999999999:00:00,000 --> 00:00:04,000\nLost.\n");

        ShouldWarnAt(site, "srt", 6, 3, "past a week");
    }

    [Theory]
    [InlineData("1e20")]
    [InlineData("604801")]
    public void A_json_segment_that_starts_past_a_week_is_left_out_with_a_warning_at_its_time(string start)
    {
        var site = Build(
            "json",
            $"{{ \"segments\": [\n  {{ \"startTime\": 1, \"body\": \"Kept.\" }},\n  {{ \"body\": \"Lost.\", \"startTime\": {start} }}\n] }}"
        );

        ShouldWarnAt(site, "json", 3, 35, "past a week");
    }

    [Theory]
    [InlineData("\"1.5\"", "must be a number of seconds")]
    [InlineData("\"٠١\"", "must be a number of seconds")]
    [InlineData("-5", "before the episode starts")]
    public void A_json_segment_whose_start_is_text_or_negative_is_left_out_with_a_warning_at_its_time(string start, string message)
    {
        var site = Build(
            "json",
            $"{{ \"segments\": [\n  {{ \"startTime\": 1, \"body\": \"Kept.\" }},\n  {{ \"body\": \"Lost.\", \"startTime\": {start} }}\n] }}"
        );

        ShouldWarnAt(site, "json", 3, 35, message);
    }
}
