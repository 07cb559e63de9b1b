using PodcastSite.Content;
using Shouldly;

namespace PodcastSite.Tests.Content;

public sealed class SourceFileTests
{
    [Theory]
    [InlineData("0123456789", 10)]
    [InlineData("0123456789", 4)]
    [InlineData("0123", 10)]
    [InlineData("", 3)]
    [InlineData("0123", 0)]
    public void A_file_is_read_whole_whether_or_not_it_is_still_the_size_it_was_listed_at(string content, long listedLength)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        var file = new SourceFile("episodes/x.md", "input/episodes/x.md", listedLength, DateTime.UnixEpoch, () => new MemoryStream(bytes, writable: false));

        file.ReadBytes().ShouldBe(bytes, $"a file listed at {listedLength} bytes that now holds {bytes.Length}");
    }
}
