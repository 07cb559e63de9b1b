using Shouldly;

namespace PodcastSite.Tests.Support;

/// <summary>libxml2's xmllint, the strict XML parser the podcast clients' check-feed also runs first.</summary>
public static class XmlLint
{
    private const string Program = "/usr/bin/xmllint";

    /// <summary>Skips on a developer machine without xmllint; in CI its absence fails, so the check cannot pass by not running.</summary>
    public static void Require()
    {
        if (File.Exists(Program))
            return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            File.Exists(Program).ShouldBeTrue("xmllint is not installed; .ci/run must install libxml2-utils (../shared/clients/install.sh does)");
        Assert.Skip("xmllint not installed (apt-get install libxml2-utils)");
    }

    /// <summary>Null when the document is well-formed, else what xmllint said.</summary>
    public static string? Problems(byte[] document)
    {
        var file = Path.Combine(Path.GetTempPath(), $"podcastsite-xmllint-{Guid.NewGuid():N}.xml");
        try
        {
            File.WriteAllBytes(file, document);
            var (exitCode, output) = ExternalTool.Run(Program, "--noout", "--nonet", file);
            return exitCode == 0 ? null : output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
