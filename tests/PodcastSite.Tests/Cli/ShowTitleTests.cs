using PodcastSite.Scaffold;
using Shouldly;

namespace PodcastSite.Tests.Cli;

/// <summary>The title `init` gives a show from its folder's name, for the podcaster to change later if they like.</summary>
public sealed class ShowTitleTests
{
    [Theory]
    [InlineData("night-shift", "Night Shift")]
    [InlineData("the_build_log", "The Build Log")]
    [InlineData("Mein Podcast über Größe", "Mein Podcast über Größe")]
    [InlineData("iOS Dev Weekly", "iOS Dev Weekly")]
    [InlineData("café con leche", "Café con leche")]
    [InlineData("---", "My Podcast")]
    public void A_folder_named_as_a_slug_becomes_a_title_and_one_named_as_a_title_keeps_its_words(string folder, string title) =>
        ShowScaffold.TitleFromFolder(folder).ShouldBe(title);
}
