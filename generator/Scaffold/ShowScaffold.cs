using System.Globalization;
using PodcastSite.Text;

namespace PodcastSite.Scaffold;

/// <summary>The files `init` writes: a show that builds as it is, with a first draft episode to replace.</summary>
public static class ShowScaffold
{
    public const string FirstEpisodeAudio = "assets/audio/welcome.mp3";

    public static IReadOnlyList<ScaffoldFile> Files(
        ShowSettings settings,
        DateOnly today,
        Guid showGuid,
        Guid episodeGuid,
        string toolVersion,
        string archetype
    )
    {
        var values = new Dictionary<string, string>
        {
            ["TITLE"] = YamlText.Scalar(settings.Title),
            ["AUTHOR"] = YamlText.Scalar(settings.Author),
            ["EMAIL"] = YamlText.Scalar(settings.Email),
            ["BASE_URL"] = settings.BaseUrl.AbsoluteUri,
            ["LANGUAGE"] = settings.Language,
            ["CATEGORY"] = YamlText.Scalar(settings.Category),
            ["GUID"] = showGuid.ToString("D"),
            ["YEAR"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["VERSION"] = toolVersion,
        };
        var prose = new Dictionary<string, string> { ["TITLE"] = settings.Title, ["AUTHOR"] = settings.Author };
        var welcome = new EpisodeDraft(
            $"Welcome to {settings.Title}",
            today,
            Number: 1,
            Season: null,
            episodeGuid,
            Guests: [],
            Audio: FirstEpisodeAudio,
            Summary: $"What {settings.Title} is about, and who makes it."
        );
        return
        [
            ScaffoldFile.Text("input/podcast.yml", ScaffoldTemplates.Fill("podcast.yml", values)),
            new("input/assets/cover.png", PlaceholderCover.Png()),
            new("input/" + FirstEpisodeAudio, ScaffoldTemplates.Bytes("welcome.mp3")),
            ScaffoldFile.Text($"input/episodes/{welcome.FileName}", welcome.Render(archetype)),
            ScaffoldFile.Text("input/pages/about.md", ScaffoldTemplates.Fill("about.md", prose)),
            ScaffoldFile.Text(".gitignore", ScaffoldTemplates.Fill("gitignore", values)),
            ScaffoldFile.Text(".config/dotnet-tools.json", ScaffoldTemplates.Fill("dotnet-tools.json", values)),
            ScaffoldFile.Text(".github/workflows/publish.yml", ScaffoldTemplates.Fill("publish.yml", values)),
            ScaffoldFile.Text("README.md", ScaffoldTemplates.Fill("README.md", prose)),
        ];
    }

    /// <summary>
    /// A title from a folder name: `my-great-show` gives `My Great Show`. A name with capitals is a title already and
    /// keeps them (`iOS Dev Weekly`, `Mein Podcast über Größe`); one with spaces gets a capital on its first word only.
    /// </summary>
    public static string TitleFromFolder(string folderName)
    {
        var words = folderName.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return "My Podcast";
        if (folderName.Any(char.IsUpper))
            return string.Join(' ', words);
        var slug = !folderName.Contains(' ');
        return string.Join(' ', words.Select((w, i) => slug || i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
    }
}
