using PodcastSite.Text;
using Shouldly;

namespace PodcastSite.Tests.Text;

public sealed class TextCutTests
{
    [Fact]
    public void Text_that_fits_is_kept_whole() => TextCut.NearSentenceEnd("Short. Sweet.", 20).ShouldBe("Short. Sweet.");

    [Theory]
    [InlineData("One sentence here. Another that runs past the end", 30, "One sentence here.")]
    [InlineData("Did it work? It did, beyond the limit", 20, "Did it work?")]
    [InlineData("She said “stop.” Then it went on and on", 24, "She said “stop.”")]
    public void Longer_text_is_cut_at_a_sentence_end_near_the_limit(string text, int limit, string expected) =>
        TextCut.NearSentenceEnd(text, limit).ShouldBe(expected);

    [Fact]
    public void A_sentence_end_far_from_the_limit_gives_way_to_a_word_cut() =>
        TextCut.NearSentenceEnd("Hi. This sentence is much longer than the limit allows", 40).ShouldBe("Hi. This sentence is much longer than…");

    [Fact]
    public void A_cut_never_splits_an_emoji() => TextCut.NearSentenceEnd("abcdefghi😀xyz", 11).ShouldBe("abcdefghi…");
}
