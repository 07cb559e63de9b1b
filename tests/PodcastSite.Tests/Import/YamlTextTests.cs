using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PodcastSite.Scaffold;
using PodcastSite.Tests.Support;
using Shouldly;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Tests.Import;

/// <summary>Titles, names and notes from an old feed can hold anything; in the YAML `import` writes they read back the same.</summary>
public sealed class YamlTextTests
{
    public static class Arbitraries
    {
        // A file holds no lone surrogate (it becomes U+FFFD when written), so neither does the text.
        public static Arbitrary<string> Text() => Arb.From(AnyText.Plain.Select(t => new string(t.Select(c => char.IsSurrogate(c) ? 'x' : c).ToArray())));
    }

    private static string ReadBack(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("key")]).Value!;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Arbitraries)])]
    public void Any_text_as_a_value_reads_back_as_it_was(string text) =>
        ReadBack($"key: {YamlText.Scalar(text)}\nnext: 1\n").ShouldBe(text, AnyText.Visible(text));

    [Property(MaxTest = 300, Arbitrary = [typeof(Arbitraries)])]
    public void Any_text_as_a_block_reads_back_as_it_was(string text)
    {
        var lines = text.Replace("\r", "") + "\nsecond line\n\nfourth: line";

        ReadBack($"key: {YamlText.Block(lines, "  ")}\nnext: 1\n").ShouldBe(lines, AnyText.Visible(lines));
    }

    [Theory]
    [InlineData("Pricing Without Fear", "Pricing Without Fear")]
    [InlineData("Ep. 42: Tomatoes", "\"Ep. 42: Tomatoes\"")]
    [InlineData("Clay, Kiln and Patience", "Clay, Kiln and Patience")]
    [InlineData("https://example.com/a?b=1&c=2#x", "https://example.com/a?b=1&c=2#x")]
    [InlineData("Members' Q&A", "Members' Q&A")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("42", "\"42\"")]
    [InlineData("- dash", "\"- dash\"")]
    [InlineData("a # b", "\"a # b\"")]
    public void Text_is_plain_where_YAML_reads_it_so_and_quoted_where_not(string text, string expected) => YamlText.Scalar(text).ShouldBe(expected);
}
