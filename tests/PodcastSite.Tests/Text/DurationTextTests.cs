using PodcastSite.Text;
using Shouldly;

namespace PodcastSite.Tests.Text;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("45:12", 45 * 60 + 12)]
    [InlineData("4:09", 4 * 60 + 9)]
    [InlineData("1:02:03", 3600 + 2 * 60 + 3)]
    [InlineData("0:08:26", 8 * 60 + 26)]
    [InlineData("754", 754)]
    [InlineData("1014.5", 1014.5)]
    [InlineData("90:00", 90 * 60)]
    public void Durations_are_read_as_people_write_them(string text, double seconds)
    {
        DurationText.TryParse(text, out var value).ShouldBeTrue();
        value.TotalSeconds.ShouldBe(seconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1:2")]
    [InlineData("1:60")]
    [InlineData("1:75:00")]
    [InlineData("an hour")]
    [InlineData("1:2:3:4")]
    public void Malformed_durations_are_rejected(string text) => DurationText.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("99999999999:00:00")]
    [InlineData("300000000:00:00")]
    [InlineData("99999999999999999")]
    [InlineData("999999999999999999999999999999999999999")]
    [InlineData("99999999999999999999999999999999999999999:00")]
    [InlineData("168:00:01")]
    [InlineData("604800.5")]
    public void Durations_past_a_week_are_refused_as_too_long_never_wrapped(string text)
    {
        DurationText.TryParse(text, out _, out var tooLong).ShouldBeFalse();
        tooLong.ShouldBeTrue();
    }

    [Theory]
    [InlineData("168:00:00")]
    [InlineData("604800")]
    [InlineData("0000000000000001:00:00")]
    public void A_week_is_the_longest_duration(string text)
    {
        DurationText.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBeLessThanOrEqualTo(DurationText.Longest);
    }

    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(135, "02:15")]
    [InlineData(3723, "1:02:03")]
    public void Durations_print_like_a_player_shows_them(int seconds, string text) => DurationText.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(text);

    [Theory]
    [InlineData(8.76, 9, "00:09")]
    [InlineData(8.5, 9, "00:09")]
    [InlineData(8.49, 8, "00:08")]
    [InlineData(59.5, 60, "01:00")]
    [InlineData(3599.5, 3600, "1:00:00")]
    [InlineData(0.4, 0, "00:00")]
    public void Durations_round_to_the_nearest_second_halves_up(double seconds, long whole, string text)
    {
        var value = TimeSpan.FromSeconds(seconds);

        DurationText.WholeSeconds(value).ShouldBe(whole);
        DurationText.Format(value).ShouldBe(text);
    }
}
