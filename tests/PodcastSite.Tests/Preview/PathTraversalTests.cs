using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>
/// However a path tries to climb out of the site, the preview and `serve` answer from the site or not at all:
/// the secret file beside the input and output folders never comes back, and the server keeps serving.
/// </summary>
[Collection(nameof(ServedSites))]
public sealed class PathTraversalTests(ServedSites sites)
{
    public static TheoryData<string, string> Attempts()
    {
        string[] targets =
        [
            "/../secret.txt",
            "/../../secret.txt",
            "/assets/../../secret.txt",
            "/./../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/%2e%2e/secret.txt",
            "/%2e%2e%2fsecret.txt",
            "/..%2fsecret.txt",
            "/assets/..%2f..%2fsecret.txt",
            "/..%5csecret.txt",
            "/assets/..%5c..%5csecret.txt",
            "/..\\secret.txt",
            "/assets\\..\\..\\secret.txt",
            "/%252e%252e/secret.txt",
            "/%252e%252e%252fsecret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/%c0%ae%c0%ae%c0%afsecret.txt",
            "/%e0%80%ae%e0%80%ae/secret.txt",
            "/%uff0e%uff0e/secret.txt",
            "/..%00/secret.txt",
            "/secret.txt%00.html",
            "/%00../secret.txt",
            "/....//secret.txt",
            "/.../secret.txt",
            "//secret.txt",
            "/leak.txt",
            "/relative-leak.txt",
            "/private/notes.txt",
            "/private/",
            "http://127.0.0.1/../secret.txt",
            "file:///etc/passwd",
        ];
        var data = new TheoryData<string, string>();
        foreach (var server in (string[])["preview", "serve"])
        foreach (var target in targets)
            data.Add(server, target);
        return data;
    }

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task A_path_that_climbs_out_of_the_site_never_serves_what_lies_outside(string server, string target)
    {
        var url = sites.Server(server);

        var response = await RawHttp.SendAsync(url, RawHttp.Get(target, url.Authority));

        response.Text.ShouldNotContain(ServedSites.Secret);
        response.Status.ShouldBeInRange(400, 499, response.ToString());
        (await RawHttp.SendAsync(url, RawHttp.Get("/", url.Authority))).Status.ShouldBe(200, "the server must keep serving");
    }

    [Theory]
    [InlineData("preview")]
    [InlineData("serve")]
    public async Task An_absolute_path_of_this_machine_is_a_path_of_the_site(string server)
    {
        var url = sites.Server(server);

        var response = await RawHttp.SendAsync(url, RawHttp.Get("/" + sites.SecretFile.TrimStart('/'), url.Authority));
        var doubled = await RawHttp.SendAsync(url, RawHttp.Get("//" + sites.SecretFile.TrimStart('/'), url.Authority));

        response.Status.ShouldBe(404, response.ToString());
        doubled.Status.ShouldBe(404, doubled.ToString());
        (response.Text + doubled.Text).ShouldNotContain(ServedSites.Secret);
    }

    [Fact]
    public async Task A_link_inside_the_served_folder_to_a_file_inside_it_is_served()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");

        var response = await RawHttp.SendAsync(sites.ServeUrl, RawHttp.Get("/assets/inside.css", sites.ServeUrl.Authority));

        response.Status.ShouldBe(200, response.ToString());
        response.Text.ShouldBe(await File.ReadAllTextAsync(Path.Combine(sites.Output, "css", "site.css")));
    }
}
