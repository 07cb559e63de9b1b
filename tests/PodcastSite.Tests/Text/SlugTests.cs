using PodcastSite.Text;
using Shouldly;

namespace PodcastSite.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Building a Django API", "building-a-django-api")]
    [InlineData("Zoë Okafor", "zoe-okafor")]
    [InlineData("Jonas Weiß", "jonas-weiss")]
    [InlineData("Søren Kierkegård", "soren-kierkegard")]
    [InlineData("  What's   new?  ", "what-s-new")]
    [InlineData("C# & .NET 10", "c-net-10")]
    [InlineData("東京 Tokyo", "東京-tokyo")]
    [InlineData("Ünïcödé", "unicode")]
    [InlineData("Tiếng Việt", "tieng-viet")]
    [InlineData("ポッドキャスト", "ポッドキャスト")]
    [InlineData("ジョージ・バーナード", "ジョージ-バーナード")]
    [InlineData("हिन्दी पॉडकास्ट", "हिन्दी-पॉडकास्ट")]
    [InlineData("สวัสดี", "สวัสดี")]
    [InlineData("Ελληνικά", "ελληνικά")]
    [InlineData("Йод и ёлка", "йод-и-ёлка")]
    [InlineData("עִבְרִית", "עברית")]
    [InlineData("العَرَبِيَّة", "العربية")]
    [InlineData("𠮷野家の話", "𠮷野家の話")]
    [InlineData("می\u200Cخواهم", "میخواهم")]
    [InlineData("e\u0301clair", "eclair")]
    [InlineData("\u0301start", "start")]
    public void Slugs_fold_latin_diacritics_and_join_words_with_one_dash(string text, string slug) => Slug.From(text).ShouldBe(slug);

    [Theory]
    [InlineData("Jane\uFFFE Doe")]
    [InlineData("Jane\uFFFF Doe")]
    [InlineData("Jane\uD800 Doe")]
    [InlineData("Jane\u0000 Doe")]
    public void Characters_no_text_may_hold_are_left_out_of_a_slug(string name) => Slug.From(name).ShouldBe("jane-doe");

    [Theory]
    [InlineData("Short title", "short-title")]
    [InlineData(
        "How we rebuilt our entire podcast publishing pipeline from scratch using static site generators and coffee",
        "how-we-rebuilt-our-entire-podcast-publishing-pipeline-from"
    )]
    [InlineData("Supercalifragilisticexpialidocious-Supercalifragilisticexpialidocious-x", "supercalifragilisticexpialidocious")]
    public void A_slug_made_from_a_long_title_is_cut_at_the_last_word_that_fits(string title, string slug) => Slug.FromTitle(title).ShouldBe(slug);

    [Fact]
    public void A_long_title_without_spaces_after_a_short_first_word_keeps_more_than_that_word()
    {
        var slug = Slug.FromTitle("第1回 " + string.Concat(Enumerable.Repeat("ポッドキャストの作り方", 7)));

        slug.ShouldStartWith("第1回-ポッドキャスト");
        slug.Length.ShouldBe(Slug.FromTitleLength);
    }

    [Theory]
    [InlineData("क", "कि", 59)]
    [InlineData("", "𠮷", 60)]
    public void A_long_title_is_cut_between_letters_never_inside_one(string first, string letter, int length)
    {
        var slug = Slug.FromTitle(first + string.Concat(Enumerable.Repeat(letter, 40)));

        slug.Length.ShouldBe(length);
        slug.ShouldEndWith(letter, customMessage: "the cut keeps a letter whole, with its marks or both halves of its surrogate pair");
    }

    [Fact]
    public void A_slug_made_from_a_long_title_without_spaces_is_cut_between_two_letters()
    {
        var title = string.Concat(Enumerable.Repeat("ポッドキャストの作り方について話します", 5));

        var slug = Slug.FromTitle(title);

        slug.Length.ShouldBeLessThanOrEqualTo(Slug.FromTitleLength);
        slug.ShouldStartWith("ポッドキャストの作り方");
        title.ShouldStartWith(slug, customMessage: "the cut keeps each kana with its voicing mark");
    }
}
