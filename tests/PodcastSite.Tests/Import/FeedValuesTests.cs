using PodcastSite.Import;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>The loose values of iTunes tags, in every form hosts write them.</summary>
public sealed class FeedValuesTests
{
    [Theory]
    [InlineData("3600", 3600.0)]
    [InlineData("3600.5", 3600.5)]
    [InlineData("60:00", 3600.0)]
    [InlineData("1:00:00", 3600.0)]
    [InlineData("01:00:00", 3600.0)]
    [InlineData("01:00:00.5", 3600.5)]
    [InlineData("90:00", 5400.0)]
    [InlineData("5:3", 303.0)]
    [InlineData(" 42:17 ", 2537.0)]
    public void Every_duration_form_is_read(string written, double seconds) => FeedValues.Duration(written).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("")]
    [InlineData("about an hour")]
    [InlineData("1:2:3:4")]
    [InlineData("-5")]
    public void A_duration_no_app_could_read_is_none(string written) => FeedValues.Duration(written).ShouldBeNull();

    [Theory]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("explicit", true)]
    [InlineData("false", false)]
    [InlineData("No", false)]
    [InlineData("clean", false)]
    [InlineData("CLEAN", false)]
    [InlineData("maybe", null)]
    public void Legacy_explicit_values_are_read_as_apple_reads_them(string written, bool? expected) => FeedValues.Explicit(written).ShouldBe(expected);

    [Theory]
    [InlineData("12", 12)]
    [InlineData("12.0", 12)]
    [InlineData(" 7 ", 7)]
    [InlineData("0", null)]
    [InlineData("-3", null)]
    [InlineData("2.5", null)]
    [InlineData("twelve", null)]
    public void Episode_and_season_numbers_are_whole_numbers_above_zero(string written, int? expected) =>
        FeedValues.PositiveWholeNumber(written).ShouldBe(expected);
}
