using System.Text;
using PodcastSite.Rendering;
using Shouldly;

namespace PodcastSite.Tests.Rendering;

/// <summary>A page's text turned into its bytes piece by piece, as long pages and odd characters come.</summary>
public sealed class PageOutputTests
{
    [Fact]
    public void A_character_cut_in_two_where_the_buffer_grows_is_written_whole()
    {
        // The buffer starts with room for 65,536 chars: the emoji's two halves land in two pieces of it.
        var text = new string('a', 65_535) + "\U0001F600 and more";
        var output = new PageOutput();

        output.Write(text, 0, text.Length);

        output.TakeUtf8().ShouldBe(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Characters_HTML_forbids_are_removed_and_the_output_is_empty_afterwards()
    {
        var output = new PageOutput();
        output.Write("a\u0001b\uFFFEc", 0, 5);

        Encoding.UTF8.GetString(output.TakeUtf8()).ShouldBe("abc");
        output.TakeUtf8().ShouldBeEmpty("the next page starts from nothing");
    }
}
