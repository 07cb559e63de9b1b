using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Images;
using PodcastSite.Rendering;
using PodcastSite.Tests.Support;
using Shouldly;
using SkiaSharp;

namespace PodcastSite.Tests.Images;

/// <summary>Pictures are sent at the size pages draw them: the 1400 px cover never goes to a 48 px logo.</summary>
public sealed class ImageTests
{
    private const string GuestWithPhoto = """
        -- input/episodes/2026-01-15-hello.md --
        ---
        title: Hello
        date: 2026-01-15T10:00:00Z
        number: 1
        guid: hello-guid
        audio: { url: "https://media.example.com/1.mp3", length: 1000, duration: "30:00" }
        guest:
          - name: Jane Doe
            image: assets/jane.png
        ---
        The first episode.
        -- input/assets/jane.png --
        @file tests/PodcastSite.Tests/Fixtures/small-cover.png
        """;

    private static byte[] Bytes(TestSite site, string path)
    {
        var file = site.Result.Files.FirstOrDefault(f => f.Path == path);
        file.ShouldNotBeNull(
            $"the site has no `{path}`; its pictures are {string.Join(", ", site.Result.Files.Select(f => f.Path).Where(p => p.StartsWith("assets/")))}"
        );
        return file.ShouldBeOfType<GeneratedFile>().Content;
    }

    private static (int Width, int Height, SKEncodedImageFormat Format) Decode(byte[] bytes)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
        codec.ShouldNotBeNull("a copy the build wrote is not a picture Skia can read");
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    [Fact]
    public void The_cover_is_published_in_each_width_the_theme_draws_it_at_as_webp_and_jpeg()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode).ShouldSucceed();

        foreach (var width in new[] { 96, 320, 640 })
        {
            Decode(Bytes(site, $"assets/cover-{width}w.webp")).ShouldBe((width, width, SKEncodedImageFormat.Webp));
            Decode(Bytes(site, $"assets/cover-{width}w.jpg")).ShouldBe((width, width, SKEncodedImageFormat.Jpeg));
        }
    }

    [Fact]
    public void No_page_draws_the_full_size_cover_and_every_drawn_picture_offers_its_copies_by_width()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode).ShouldSucceed();

        foreach (var path in new[] { "index.html", "episodes/hello/index.html" })
        {
            var page = site.Html(path);
            var images = page.QuerySelectorAll("img").ToList();
            images.ShouldNotBeEmpty($"{path} draws no picture");
            foreach (var img in images)
            {
                var html = img.OuterHtml;
                img.GetAttribute("src").ShouldNotBe("/assets/cover.jpg", $"{path} draws the original cover: {html}");
                img.GetAttribute("srcset").ShouldBe("/assets/cover-96w.jpg 96w, /assets/cover-320w.jpg 320w, /assets/cover-640w.jpg 640w", html);
                img.GetAttribute("sizes").ShouldNotBeNullOrEmpty($"{path}: a srcset without sizes makes the browser assume the full window width: {html}");
                img.GetAttribute("width").ShouldNotBeNull(html);
                img.GetAttribute("height").ShouldNotBeNull(html);
                img.ParentElement!.LocalName.ShouldBe("picture", html);
                img.ParentElement.QuerySelector("source[type='image/webp']")!
                    .GetAttribute("srcset")
                    .ShouldBe("/assets/cover-96w.webp 96w, /assets/cover-320w.webp 320w, /assets/cover-640w.webp 640w");
            }
        }
    }

    [Fact]
    public void The_site_icon_is_the_smallest_copy_and_the_player_artwork_the_largest()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode).ShouldSucceed();
        var page = site.Html("episodes/hello/index.html");

        page.QuerySelector("link[rel=icon]")!.GetAttribute("href").ShouldBe("/assets/cover-96w.jpg");
        page.QuerySelector(".player")!.GetAttribute("data-art").ShouldBe("/assets/cover-640w.jpg");
    }

    [Fact]
    public void The_feed_and_link_previews_keep_the_original_cover_which_apple_wants_at_1400_px()
    {
        var site = TestSite.Build(TestSite.Show + "\n" + TestSite.Episode).ShouldSucceed();

        site.Text("feed.xml").ShouldContain("<itunes:image href=\"https://example.com/assets/cover.jpg\"");
        site.Html("index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content").ShouldBe("https://example.com/assets/cover.jpg");
        site.Has("assets/cover.jpg").ShouldBeTrue("the original must still be published for the feed");
    }

    [Fact]
    public void A_guest_photo_narrower_than_the_largest_width_is_never_enlarged_and_keeps_its_shape()
    {
        // small-cover.png is 600 × 400.
        var site = TestSite.Build(TestSite.Show + "\n" + GuestWithPhoto).ShouldSucceed();

        Decode(Bytes(site, "assets/jane-96w.webp")).ShouldBe((96, 64, SKEncodedImageFormat.Webp));
        Decode(Bytes(site, "assets/jane-320w.jpg")).ShouldBe((320, 213, SKEncodedImageFormat.Jpeg));
        Decode(Bytes(site, "assets/jane-600w.jpg")).ShouldBe((600, 400, SKEncodedImageFormat.Jpeg));
        site.Has("assets/jane-640w.jpg").ShouldBeFalse("a 600 px photo was enlarged to 640 px");
        var photo = site.Html("guests/jane-doe/index.html").QuerySelector("img.photo");
        photo.ShouldNotBeNull("the guest page shows no photo");
        photo.GetAttribute("srcset").ShouldBe("/assets/jane-96w.jpg 96w, /assets/jane-320w.jpg 320w, /assets/jane-600w.jpg 600w");
        site.Html("guests/index.html").QuerySelector(".guest-index img")!.GetAttribute("sizes").ShouldBe("96px");
    }

    [Fact]
    public void Building_twice_writes_the_same_bytes_for_every_picture()
    {
        // Not through the shared memo: each build resizes for itself.
        var (input, theme) = TestSite.Folders(TestSite.Show + "\n" + TestSite.Episode);
        var first = SiteBuilder.Build(input, theme, new BuildOptions(TestSite.DefaultNow), new AudioProbe(), resizer: new SkiaImageResizer());
        var second = SiteBuilder.Build(input, theme, new BuildOptions(TestSite.DefaultNow), new AudioProbe(), resizer: new SkiaImageResizer());

        var copies = first.Files.OfType<GeneratedFile>().Where(f => f.Path.StartsWith("assets/cover-", StringComparison.Ordinal)).ToList();
        copies.Count.ShouldBe(6);
        foreach (var copy in copies)
            second.Files.OfType<GeneratedFile>().Single(f => f.Path == copy.Path).Content.ShouldBe(copy.Content, $"{copy.Path} differs between two builds");
    }

    [Fact]
    public void A_picture_whose_pixels_cannot_be_read_is_shown_as_it_is_with_a_warning()
    {
        // A JPEG header that promises 2000 × 2000 pixels, followed by nothing a decoder can use.
        var header = Convert.ToBase64String([
            0xFF,
            0xD8,
            0xFF,
            0xC0,
            0x00,
            0x11,
            0x08,
            0x07,
            0xD0,
            0x07,
            0xD0,
            0x03,
            0x01,
            0x22,
            0x00,
            0x02,
            0x11,
            0x01,
            0x03,
            0x11,
            0x01,
            0xFF,
            0xD9,
        ]);
        var input = new SourceFolder(
            "input",
            TestSite
                .Folders(TestSite.Show + "\n" + TestSite.Episode)
                .Input.Files.Select(f => f.Path == "assets/cover.jpg" ? SourceFile.FromBytes(f.Path, f.DisplayPath, Convert.FromBase64String(header)) : f)
        );
        var site = TestSite.From(
            SiteBuilder.Build(input, TestSite.Folders("").Theme, new BuildOptions(TestSite.DefaultNow), new AudioProbe(), resizer: new SkiaImageResizer())
        );

        site.Warnings.ShouldContain(
            w => w.Path == "input/assets/cover.jpg" && w.Message.Contains("cannot be read"),
            string.Join("\n", site.Result.Diagnostics)
        );
        site.Has("assets/cover-96w.jpg").ShouldBeFalse();
        site.Html("index.html").QuerySelector(".hero img")!.GetAttribute("src").ShouldBe("/assets/cover.jpg");
    }

    [Fact]
    public void A_png_cut_short_inside_its_header_is_not_taken_for_a_picture()
    {
        var png = File.ReadAllBytes(Repo.PathOf("tests/PodcastSite.Tests/Fixtures/small-cover.png"))[..25];

        ImageSize.Read(SourceFile.FromBytes("assets/cover.png", "input/assets/cover.png", png)).ShouldBeNull();
    }

    [Fact]
    public void A_picture_with_too_many_pixels_to_decode_is_shown_as_it_is_with_a_warning()
    {
        var site = TestSite.Build(
            TestSite
                .Show.Replace("assets/cover.jpg", "assets/cover.png")
                .Replace("input/assets/images/cover.jpg", "tests/PodcastSite.Tests/Fixtures/huge-60000px.png")
                + "\n"
                + TestSite.Episode
        );

        site.Warnings.ShouldContain(
            w => w.Path == "input/assets/cover.png" && w.Message.Contains("60000x60000 px"),
            string.Join("\n", site.Result.Diagnostics)
        );
        site.Html("index.html").QuerySelector(".hero img")!.GetAttribute("src").ShouldBe("/assets/cover.png");
    }

    [Fact]
    public void The_resizer_refuses_a_picture_with_too_many_pixels_rather_than_fail_to_allocate_them()
    {
        var png = File.ReadAllBytes(Repo.PathOf("tests/PodcastSite.Tests/Fixtures/huge-60000px.png"));

        new SkiaImageResizer().Resize(png, ResponsiveImage.Plan("a.png", 60000, 60000, transparent: false).Variants).ShouldBeNull();
    }

    [Fact]
    public void The_cache_serves_a_second_build_without_resizing_and_a_changed_picture_is_resized_again()
    {
        using var folder = new TempFolder();
        var counting = new CountingResizer(new SkiaImageResizer());
        var cache = new PersistentImageCache(counting, folder.Root, SkiaImageResizer.Version);
        var source = File.ReadAllBytes(Repo.PathOf("input/assets/images/cover.jpg"));
        var plan = ResponsiveImage.Plan("a.jpg", 1400, 1400, transparent: false);

        var made = cache.Resize(source, plan.Variants)!;
        var again = new PersistentImageCache(counting, folder.Root, SkiaImageResizer.Version).Resize(source, plan.Variants)!;
        var changed = source.ToArray();
        changed[^3] ^= 0x55;
        cache.Resize(changed, plan.Variants);

        counting.Calls.ShouldBe(2, "the second run resized again, or the changed picture was served from the cache");
        again.Select(b => b.Length).ShouldBe(made.Select(b => b.Length));
        Directory.GetFiles(folder.Root).Length.ShouldBe(12);
    }

    [Fact]
    public void A_damaged_cache_entry_is_made_again_not_published_empty()
    {
        using var folder = new TempFolder();
        var counting = new CountingResizer(new SkiaImageResizer());
        var cache = new PersistentImageCache(counting, folder.Root, SkiaImageResizer.Version);
        var source = File.ReadAllBytes(Repo.PathOf("input/assets/images/cover.jpg"));
        var plan = ResponsiveImage.Plan("a.jpg", 1400, 1400, transparent: false);
        cache.Resize(source, plan.Variants);
        File.WriteAllBytes(Directory.GetFiles(folder.Root).First(), []);

        var made = cache.Resize(source, plan.Variants)!;

        counting.Calls.ShouldBe(2);
        made.ShouldAllBe(b => b.Length > 0);
    }

    [Fact]
    public void A_transparent_picture_falls_back_to_png_so_its_corners_stay_clear()
    {
        var plan = ResponsiveImage.Plan("assets/logo.png", 1000, 500, transparent: true);

        plan.Fallback.Select(v => v.Path).ShouldBe(["assets/logo-96w.png", "assets/logo-320w.png", "assets/logo-640w.png"]);
        plan.WebP.Select(v => (v.Width, v.Height)).ShouldBe([(96, 48), (320, 160), (640, 320)]);
    }

    [Fact]
    public void Without_the_native_image_library_pages_show_the_original_and_the_build_says_why()
    {
        var (input, theme) = TestSite.Folders(TestSite.Show + "\n" + TestSite.Episode);
        var site = TestSite.From(SiteBuilder.Build(input, theme, new BuildOptions(TestSite.DefaultNow), new AudioProbe(), resizer: new MissingLibrary()));

        site.ShouldSucceed();
        site.Warnings.ShouldContain(
            w => w.Path == "input/assets/cover.jpg" && w.Message.Contains("at full size: no libSkiaSharp here"),
            string.Join("\n", site.Result.Diagnostics)
        );
        site.Html("index.html").QuerySelector(".hero img")!.GetAttribute("src").ShouldBe("/assets/cover.jpg");
        site.Html("index.html").QuerySelector(".hero img")!.HasAttribute("srcset").ShouldBeFalse();
    }

    private sealed class MissingLibrary : IImageResizer
    {
        public IReadOnlyList<byte[]>? Resize(byte[] source, IReadOnlyList<ImageVariant> variants) =>
            throw new ImageLibraryMissingException("no libSkiaSharp here", new DllNotFoundException("libSkiaSharp"));
    }

    private sealed class CountingResizer(IImageResizer inner) : IImageResizer
    {
        public int Calls;

        public IReadOnlyList<byte[]>? Resize(byte[] source, IReadOnlyList<ImageVariant> variants)
        {
            Interlocked.Increment(ref Calls);
            return inner.Resize(source, variants);
        }
    }
}
