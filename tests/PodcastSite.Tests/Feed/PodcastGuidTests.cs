using PodcastSite.Feed;
using Shouldly;

namespace PodcastSite.Tests.Feed;

public sealed class PodcastGuidTests
{
    // The test vectors of the Podcasting 2.0 guid spec (checked there with Python's uuid.uuid5).
    [Theory]
    [InlineData("https://podnews.net/rss", "9b024349-ccf0-5f69-a609-6b82873eab3c")]
    [InlineData("http://podnews.net/rss/", "9b024349-ccf0-5f69-a609-6b82873eab3c")]
    [InlineData("https://mp3s.nashownotes.com/pc20rss.xml", "917393e3-1b1e-5cef-ace4-edaa54e1f810")]
    public void Guid_is_the_uuidv5_of_the_feed_url_without_scheme_and_trailing_slash(string feedUrl, string guid) =>
        PodcastGuid.ForFeedUrl(feedUrl).ToString("D").ShouldBe(guid);
}
