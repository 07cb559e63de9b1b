using PodcastSite.Content;
using Shouldly;

namespace PodcastSite.Tests.Content;

public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\n", "title: A", "Body\n", 4)]
    [InlineData("---\r\ntitle: A\r\nnumber: 1\r\n---\r\nBody\r\nmore\r\n", "title: A\nnumber: 1", "Body\nmore\n", 5)]
    [InlineData("--- \ntitle: A\n...\nBody", "title: A", "Body", 4)]
    [InlineData("---\n---\nBody", "", "Body", 3)]
    [InlineData("---\ntitle: A\n---", "title: A", "", 4)]
    [InlineData("---\ntitle: A\n---  \n\n\nBody", "title: A", "\n\nBody", 4)]
    [InlineData("---\ntitle: A\n---\n", "title: A", "", 4)]
    public void Splits_at_the_fences_with_line_endings_made_newlines_and_the_body_line_counted_in_the_file(
        string text,
        string yaml,
        string body,
        int bodyFirstLine
    )
    {
        var front = FrontMatter.Split(text).ShouldNotBeNull();

        front.Yaml.ShouldBe(yaml);
        front.YamlFirstLine.ShouldBe(2);
        front.Body.ShouldBe(body);
        front.BodyFirstLine.ShouldBe(bodyFirstLine);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("title: A\n---\nBody")]
    [InlineData("---\ntitle: A\nno closing fence\n")]
    [InlineData("----\ntitle: A\n---\n")]
    public void Text_without_front_matter_between_fences_is_not_split(string text) => FrontMatter.Split(text).ShouldBeNull();
}
