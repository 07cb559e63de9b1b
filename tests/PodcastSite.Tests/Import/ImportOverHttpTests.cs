using PodcastSite.Feed;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Import;

/// <summary>`import` of a feed by its address, against a server on 127.0.0.1 that answers as old hosts do.</summary>
public sealed class ImportOverHttpTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LocalWebServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    private string Input => _folder.PathOf("input");

    // A feed with neither podcast:guid nor a self link: only the address it is downloaded from says what the show is.
    private static string Feed(string image = "https://art.example.com/cover.jpg", string episodeImage = "https://art.example.com/ep1.jpg") =>
        $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
              <channel>
                <title>Night Bus</title>
                <link>https://nightbus.example.com/</link>
                <description>Stories from the last bus home.</description>
                <itunes:author>Ama Owusu</itunes:author>
                <itunes:owner><itunes:name>Ama Owusu</itunes:name><itunes:email>ama@nightbus.example.com</itunes:email></itunes:owner>
                <itunes:image href="{image}"/>
                <itunes:category text="Society &amp; Culture"/>
                <item>
                  <title>The Driver</title>
                  <guid isPermaLink="false">nightbus-1</guid>
                  <pubDate>Fri, 03 Mar 2023 23:00:00 +0000</pubDate>
                  <enclosure url="https://media.example.com/nightbus-1.mp3" length="12345678" type="audio/mpeg"/>
                  <itunes:duration>24:10</itunes:duration>
                  <itunes:image href="{episodeImage}"/>
                </item>
              </channel>
            </rss>
            """;

    /// <summary>The line of podcast.yml that starts with <paramref name="start"/>, counted from 1.</summary>
    private int LineOf(string start) =>
        File.ReadAllLines(Path.Combine(Input, "podcast.yml")).ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private CliRun.Outcome Import(params string[] more) => CliRun.Run(["import", .. more, "--output", Input]);

    [Fact]
    public void A_feed_is_imported_from_its_address()
    {
        _server.Serve("feed.xml", Feed());

        var import = Import(_server.Url("feed.xml").AbsoluteUri);

        import.ExitCode.ShouldBe(0, import.Error);
        import.Out.ShouldContain("1 new item");
        File.ReadAllText(Path.Combine(Input, "episodes", "2023-03-03-the-driver.md")).ShouldContain("guid: nightbus-1");
    }

    [Fact]
    public void A_redirect_is_followed_and_the_show_keeps_the_guid_apps_derived_from_the_address_they_knew()
    {
        _server.Redirect("old/feed", "feed.xml").Serve("feed.xml", Feed());
        var oldAddress = _server.Url("old/feed").AbsoluteUri;

        var import = Import(oldAddress);

        import.ExitCode.ShouldBe(0, import.Error);
        import.Error.ShouldContain($"`{oldAddress}` redirects to `{_server.Url("feed.xml")}`; the feed was read there.");
        File.ReadAllText(Path.Combine(Input, "podcast.yml")).ShouldContain($"guid: {PodcastGuid.ForFeedUrl(oldAddress):D}");
    }

    [Fact]
    public void Importing_into_a_show_made_by_init_warns_at_its_guid_and_says_which_keeps_the_show_in_podcast_apps()
    {
        CliRun.Run("init", _folder.Root, "--title", "Night Bus").ExitCode.ShouldBe(0);
        _server.Serve("feed.xml", Feed());
        var address = _server.Url("feed.xml").AbsoluteUri;

        var import = Import(address);

        import.ExitCode.ShouldBe(0, import.Error);
        import.Error.ShouldContain($"podcast.yml({LineOf("guid:")},1): warning: ");
        import.Error.ShouldContain($"write `guid: {PodcastGuid.ForFeedUrl(address):D}`");
        import.Error.ShouldNotContain("`title`");
    }

    [Fact]
    public void Importing_another_show_into_a_show_folder_warns_that_the_titles_differ()
    {
        CliRun.Run("init", _folder.Root, "--title", "Day Tram").ExitCode.ShouldBe(0);
        _server.Serve("feed.xml", Feed());

        var import = Import(_server.Url("feed.xml").AbsoluteUri);

        import.ExitCode.ShouldBe(0, import.Error);
        import.Error.ShouldContain($"podcast.yml({LineOf("title:")},1): warning: ");
        import.Error.ShouldContain("`Day Tram`");
        import.Error.ShouldContain("`Night Bus`");
    }

    [Fact]
    public void Importing_into_a_show_with_the_feeds_guid_and_title_warns_of_neither()
    {
        _server.Serve("feed.xml", Feed());
        var address = _server.Url("feed.xml").AbsoluteUri;
        Import(address).ExitCode.ShouldBe(0);

        var again = Import(address);

        again.ExitCode.ShouldBe(0, again.Error);
        again.Error.ShouldNotContain("warning");
    }

    [Fact]
    public void A_feed_that_is_not_there_is_a_one_line_error()
    {
        var import = Import(_server.Url("gone.xml").AbsoluteUri);

        import.ExitCode.ShouldBe(1);
        import.Error.Trim().ShouldBe($"Error: `{_server.Url("gone.xml")}` answered 404 Not Found; check the address.");
        Directory.Exists(Input).ShouldBeFalse();
    }

    [Fact]
    public void A_host_that_does_not_answer_in_time_is_a_one_line_error()
    {
        _server.On("slow.xml", (_, stop) => Task.Delay(TimeSpan.FromSeconds(20), stop));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var import = Import(_server.Url("slow.xml").AbsoluteUri, "--timeout", "1");

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        import.ExitCode.ShouldBe(1);
        import.Error.Trim().ShouldBe($"Error: `{_server.Url("slow.xml")}` did not answer within 1 s; try again later, or allow longer with --timeout.");
    }

    [Fact]
    public void A_web_page_instead_of_a_feed_is_an_error_that_says_so()
    {
        _server.Serve("show", "<!DOCTYPE html>\n<html><body>Our podcast</body></html>", "text/html");

        var import = Import(_server.Url("show").AbsoluteUri);

        import.ExitCode.ShouldBe(1);
        import.Error.ShouldContain($"{_server.Url("show")}(1,1): error: this is a web page (HTML), not a podcast feed");
    }

    [Fact]
    public void Something_far_larger_than_a_feed_is_refused_before_it_is_downloaded()
    {
        _server.On(
            "huge.xml",
            (response, _) =>
            {
                response.ContentLength64 = 60L * 1024 * 1024;
                return Task.CompletedTask;
            }
        );

        var import = Import(_server.Url("huge.xml").AbsoluteUri);

        import.ExitCode.ShouldBe(1);
        import.Error.Trim().ShouldBe($"Error: `{_server.Url("huge.xml")}` is 60 MB, more than the 50 MB a podcast feed or its art can be; check the address.");
    }

    [Fact]
    public void With_download_images_the_art_is_fetched_into_assets_once_and_missing_art_stays_linked()
    {
        var cover = File.ReadAllBytes(Repo.PathOf("tests/PodcastSite.Tests/Fixtures/small-cover.png"));
        _server
            .Serve("art/cover", cover, "image/png")
            .Serve("feed.xml", Feed(image: _server.Url("art/cover").AbsoluteUri, episodeImage: _server.Url("art/missing.jpg").AbsoluteUri));

        var import = Import(_server.Url("feed.xml").AbsoluteUri, "--download-images");

        import.ExitCode.ShouldBe(0, import.Error);
        File.ReadAllText(Path.Combine(Input, "podcast.yml")).ShouldContain("image: assets/images/cover.png");
        File.ReadAllBytes(Path.Combine(Input, "assets", "images", "cover.png")).ShouldBe(cover);
        File.ReadAllText(Path.Combine(Input, "episodes", "2023-03-03-the-driver.md")).ShouldContain($"image: {_server.Url("art/missing.jpg")}");
        // At the itunes:image of the item that named it, as the other warnings of an import are.
        import.Error.ShouldContain(
            $"{_server.Url("feed.xml")}(17,7): warning: `{_server.Url("art/missing.jpg")}` answered 404 Not Found; check the address; the art stays linked at the old host"
        );
    }

    [Fact]
    public void A_feed_that_redirects_to_a_local_file_is_a_one_line_error_and_the_file_is_never_read()
    {
        _server.Redirect("feed.xml", "file:///etc/passwd");

        var import = Import(_server.Url("feed.xml").AbsoluteUri);

        import.ExitCode.ShouldBe(1);
        import.Error.Trim().ShouldBe($"Error: `{_server.Url("feed.xml")}` redirects to something that is not a web address; check the address.");
        Directory.Exists(Input).ShouldBeFalse();
    }

    [Fact]
    public void Art_that_redirects_to_a_link_local_address_is_never_asked_for_there()
    {
        // Where cloud machines answer with their credentials; the refusal comes before any connection is made.
        _server.Redirect("art/cover", "http://169.254.169.254/latest/meta-data/").Serve("feed.xml", Feed(image: _server.Url("art/cover").AbsoluteUri));

        var import = Import(_server.Url("feed.xml").AbsoluteUri, "--download-images");

        import.ExitCode.ShouldBe(0, import.Error);
        import.Error.ShouldContain(
            $"warning: cannot download `{_server.Url("art/cover")}`: `169.254.169.254` is a link-local address, where cloud machines keep their credentials, which PodcastSite never asks"
        );
        File.ReadAllText(Path.Combine(Input, "podcast.yml")).ShouldContain($"image: {_server.Url("art/cover")}");
    }

    [Fact]
    public void A_feed_that_redirects_in_a_circle_is_an_error_that_says_so()
    {
        _server.Redirect("feed.xml", "/again.xml").Redirect("again.xml", "/feed.xml");

        var import = Import(_server.Url("feed.xml").AbsoluteUri);

        import.ExitCode.ShouldBe(1);
        import.Error.ShouldContain($"`{_server.Url("feed.xml")}` redirects more than 10 times, likely in a circle");
        Directory.Exists(Input).ShouldBeFalse();
    }

    [Fact]
    public void A_feed_redirected_to_the_cloud_metadata_address_of_IPv6_is_refused_by_name()
    {
        _server.Redirect("feed.xml", "http://[fd00:ec2::254]/latest/meta-data/");

        var import = Import(_server.Url("feed.xml").AbsoluteUri);

        import.ExitCode.ShouldBe(1);
        import.Error.ShouldContain("`[fd00:ec2::254]` is a cloud metadata address, where cloud machines keep their credentials");
        Directory.Exists(Input).ShouldBeFalse();
    }

    [Theory]
    [InlineData("169.254.169.254", true)]
    [InlineData("169.254.0.1", true)]
    [InlineData("::ffff:169.254.169.254", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00:ec2::254", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("10.0.0.5", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("93.184.216.34", false)]
    public void Only_link_local_addresses_are_refused(string address, bool refused) =>
        PodcastSite.Web.WebConnections.IsRefused(System.Net.IPAddress.Parse(address)).ShouldBe(refused);

    [Fact]
    public void Without_download_images_nothing_but_the_feed_is_downloaded()
    {
        _server.Serve("art/cover", [0x89, (byte)'P', (byte)'N', (byte)'G'], "image/png").Serve("feed.xml", Feed(image: _server.Url("art/cover").AbsoluteUri));

        Import(_server.Url("feed.xml").AbsoluteUri).ExitCode.ShouldBe(0);

        _server.Requests.Keys.ShouldBe(["/feed.xml"]);
        File.ReadAllText(Path.Combine(Input, "podcast.yml")).ShouldContain($"image: {_server.Url("art/cover")}");
    }
}
