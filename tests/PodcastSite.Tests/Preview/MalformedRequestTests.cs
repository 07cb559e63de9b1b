using Shouldly;

namespace PodcastSite.Tests.Preview;

/// <summary>Requests no browser sends: each gets a 4xx, and the server goes on serving the next one.</summary>
[Collection(nameof(ServedSites))]
public sealed class MalformedRequestTests(ServedSites sites)
{
    private static readonly (string Name, string Request, int Status)[] Cases =
    [
        ("a 100 KB request line", $"GET /{new string('a', 100_000)} HTTP/1.1\r\nHost: {{host}}\r\n\r\n", 414),
        ("a 100 KB header", $"GET / HTTP/1.1\r\nHost: {{host}}\r\nX-Big: {new string('b', 100_000)}\r\n\r\n", 431),
        ("a thousand headers", $"GET / HTTP/1.1\r\nHost: {{host}}\r\n{string.Concat(Enumerable.Range(0, 1000).Select(i => $"X-{i}: {i}\r\n"))}\r\n", 431),
        ("no Host header", "GET / HTTP/1.1\r\n\r\n", 400),
        ("two Host headers", "GET / HTTP/1.1\r\nHost: {host}\r\nHost: {host}\r\n\r\n", 400),
        ("not HTTP at all", "HELLO THERE\r\n\r\n", 400),
        ("a request line without a version", "GET /\r\nHost: {host}\r\n\r\n", 400),
        ("a NUL in the request line", "GET /\0 HTTP/1.1\r\nHost: {host}\r\n\r\n", 400),
        ("a header without a colon", "GET / HTTP/1.1\r\nHost: {host}\r\nnonsense\r\n\r\n", 400),
        ("a space before a header's colon", "GET / HTTP/1.1\r\nHost: {host}\r\nX-Odd : 1\r\n\r\n", 400),
        ("a negative Content-Length", "GET / HTTP/1.1\r\nHost: {host}\r\nContent-Length: -1\r\n\r\n", 400),
        ("a method that changes files", "DELETE /index.html HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n", 405),
        ("a body posted to a page", "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello", 405),
    ];

    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        foreach (var server in (string[])["preview", "serve"])
        foreach (var (name, _, _) in Cases)
            data.Add(server, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_malformed_request_gets_a_4xx_and_the_server_keeps_serving(string server, string name)
    {
        var url = sites.Server(server);
        var (_, request, status) = Cases.Single(c => c.Name == name);

        var response = await RawHttp.SendAsync(url, request.Replace("{host}", url.Authority, StringComparison.Ordinal));

        response.Status.ShouldBe(status, $"{name}: {response}");
        (await RawHttp.SendAsync(url, RawHttp.Get("/", url.Authority))).Status.ShouldBe(200, "the server must keep serving");
    }
}
