using PodcastSite.Import;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>pubDate as feeds write it, mistakes included, read as the moment podcast apps take it for.</summary>
public sealed class FeedDateTests
{
    [Theory]
    [InlineData("Tue, 02 May 2023 10:00:00 +0200", "2023-05-02T08:00:00Z")]
    [InlineData("Tue, 02 May 2023 10:00:00 GMT", "2023-05-02T10:00:00Z")]
    [InlineData("Mon, 15 May 2023 04:00:00 -0000", "2023-05-15T04:00:00Z")]
    [InlineData("Tue, 02 May 2023 10:00:00 EDT", "2023-05-02T14:00:00Z")]
    [InlineData("Wed, 03 May 2023 10:00 PST", "2023-05-03T18:00:00Z")]
    [InlineData("02 May 2023 10:00:00 +0000", "2023-05-02T10:00:00Z")]
    [InlineData("Mon, 02 May 2023 10:00:00 GMT", "2023-05-02T10:00:00Z")]
    [InlineData("Tue, 2 May 23 10:00:00 GMT+2", "2023-05-02T08:00:00Z")]
    [InlineData("Sun, 2 May 99 10:00:00 GMT", "1999-05-02T10:00:00Z")]
    [InlineData("  Tue,  02  May  2023   10:00:00   +0200 ", "2023-05-02T08:00:00Z")]
    [InlineData("Tue, 02 May 2023 10:00:00 +02:00", "2023-05-02T08:00:00Z")]
    [InlineData("Tuesday, 02 May 2023 10:00:00 UTC", "2023-05-02T10:00:00Z")]
    [InlineData("Tue, 02 September 2023 9:05:07 +0530", "2023-09-02T03:35:07Z")]
    [InlineData("Tue, 02 May 2023 10:00:00.123 Z", "2023-05-02T10:00:00Z")]
    [InlineData("2023-05-02T10:00:00+02:00", "2023-05-02T08:00:00Z")]
    public void A_date_is_read_as_the_moment_apps_take_it_for(string written, string expected)
    {
        FeedDate.Parse(written, out var zoneGuessed).ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        zoneGuessed.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Tue, 02 May 2023 10:00:00")]
    [InlineData("Tue, 02 May 2023 10:00:00 XYZ")]
    public void A_date_without_a_zone_it_knows_is_read_as_UTC_and_said_to_be(string written)
    {
        FeedDate.Parse(written, out var zoneGuessed).ShouldBe(new DateTimeOffset(2023, 5, 2, 10, 0, 0, TimeSpan.Zero));
        zoneGuessed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("sometime in May")]
    [InlineData("31 Feb 2023 10:00:00 GMT")]
    [InlineData("02 Mai 2023 10:00:00 GMT")]
    [InlineData("02 May 2023 25:00:00 GMT")]
    [InlineData("")]
    public void A_date_no_app_could_read_is_none(string written) => FeedDate.Parse(written, out _).ShouldBeNull();
}
