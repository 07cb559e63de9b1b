using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>
/// Byte ranges as RFC 9110 has a server answer them, the same from the preview and from `serve`: what players
/// ask for (one range) gets 206, what cannot be satisfied gets 416, and anything else gets the whole file.
/// </summary>
[Collection(nameof(ServedSites))]
public sealed class ByteRangeTests(ServedSites sites)
{
    private const string Audio = "/assets/audio/draft.mp3";

    private long AudioLength => new FileInfo(sites.Site.PathOf("assets/audio/draft.mp3")).Length;

    private async Task<RawHttp.Response> GetAsync(string server, string path, params string[] headers)
    {
        var url = sites.Server(server);
        var request = $"GET {path} HTTP/1.1\r\nHost: {url.Authority}\r\nConnection: close\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n";
        return await RawHttp.SendAsync(url, request);
    }

    [Theory]
    [InlineData("preview")]
    [InlineData("serve")]
    public async Task A_range_in_a_unit_other_than_bytes_is_ignored(string server)
    {
        var response = await GetAsync(server, Audio, "Range: items=0-5");

        response.Status.ShouldBe(200, response.ToString());
        response.Body.Length.ShouldBe((int)AudioLength);
        response.Header("Content-Range").ShouldBeNull();
    }

    [Theory]
    [InlineData("preview", "bytes=abc")]
    [InlineData("preview", "bytes=5-2")]
    [InlineData("preview", "bytes=-")]
    [InlineData("preview", "bytes 0-5")]
    [InlineData("preview", "bytes=+1-5")]
    [InlineData("serve", "bytes=abc")]
    [InlineData("serve", "bytes=5-2")]
    [InlineData("serve", "bytes=0-1,5-6")]
    public async Task A_range_that_does_not_parse_or_asks_for_several_parts_gets_the_whole_file(string server, string range)
    {
        var response = await GetAsync(server, Audio, "Range: " + range);

        response.Status.ShouldBe(200, response.ToString());
        response.Body.Length.ShouldBe((int)AudioLength);
    }

    [Theory]
    [InlineData("preview", "bytes={length}-")]
    [InlineData("preview", "bytes=99999999999999999999999-")]
    [InlineData("preview", "bytes=-0")]
    [InlineData("serve", "bytes={length}-{length}")]
    [InlineData("serve", "bytes=-0")]
    public async Task A_range_beyond_the_end_is_not_satisfiable(string server, string range)
    {
        var response = await GetAsync(
            server,
            Audio,
            "Range: " + range.Replace("{length}", AudioLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
        );

        response.Status.ShouldBe(416, response.ToString());
        response.Header("Content-Range").ShouldBe($"bytes */{AudioLength}");
        response.Body.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("preview", "bytes=100-199", 100, 199)]
    [InlineData("preview", "bytes=-100", -100, -1)]
    [InlineData("preview", "Bytes=100-", 100, -1)]
    [InlineData("serve", "bytes=100-199", 100, 199)]
    [InlineData("serve", "bytes=-100", -100, -1)]
    [InlineData("serve", "bytes=100-99999999999999999999999", 100, -1)]
    public async Task One_range_gets_206_with_that_part_clipped_to_the_file(string server, string range, long from, long to)
    {
        var length = AudioLength;
        var first = from < 0 ? length + from : from;
        var last = to < 0 ? length + to : to;

        var response = await GetAsync(server, Audio, "Range: " + range);

        response.Status.ShouldBe(206, response.ToString());
        response.Header("Content-Range").ShouldBe($"bytes {first}-{last}/{length}");
        response.Body.ShouldBe((await File.ReadAllBytesAsync(sites.Site.PathOf("assets/audio/draft.mp3")))[(int)first..(int)(last + 1)]);
    }

    [Theory]
    [InlineData("preview")]
    [InlineData("serve")]
    public async Task A_page_made_in_memory_answers_ranges_too(string server)
    {
        var response = await GetAsync(server, "/feed.xml", "Range: bytes=0-4");

        response.Status.ShouldBe(206, response.ToString());
        response.Text.ShouldBe("<?xml");
    }

    [Theory]
    [InlineData("preview")]
    [InlineData("serve")]
    public async Task A_range_for_a_version_of_the_file_that_is_gone_gets_the_whole_new_file(string server)
    {
        var response = await GetAsync(server, Audio, "Range: bytes=100-199", "If-Range: \"an-old-version\"");

        response.Status.ShouldBe(200, response.ToString());
        response.Body.Length.ShouldBe((int)AudioLength);
    }

    [Theory]
    [InlineData("preview")]
    [InlineData("serve")]
    public async Task A_range_for_the_current_version_of_the_file_is_answered(string server)
    {
        var etag = (await GetAsync(server, Audio)).Header("ETag");
        etag.ShouldNotBeNull();

        var response = await GetAsync(server, Audio, "Range: bytes=100-199", "If-Range: " + etag);

        response.Status.ShouldBe(206, response.ToString());
    }
}
