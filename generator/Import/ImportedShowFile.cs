using System.Text;
using PodcastSite.Scaffold;

namespace PodcastSite.Import;

/// <summary>
/// An old feed's channel as podcast.yml: every key the new feed needs to stand for the same show, the podcast:guid
/// first among them, with comments where the podcaster has something to decide (the new site's address).
/// </summary>
public static class ImportedShowFile
{
    /// <param name="source">The old feed, as the user named it.</param>
    /// <param name="localImages">Art downloaded into assets/, by its address at the old host.</param>
    public static string Render(ImportedShow show, string source, IReadOnlyDictionary<Uri, string> localImages)
    {
        var yaml = new StringBuilder();
        void Line(string key, string value) => yaml.Append(key).Append(": ").Append(value).Append('\n');
        void Missing(string key, string what) =>
            yaml.Append("# ").Append(key).Append(": the old feed has no ").Append(what).Append("; write it here (podcast.yml needs it)\n");

        yaml.Append("# The show, brought over by `podcastsite import` from ").Append(source.ReplaceLineEndings(" ")).Append(".\n");
        yaml.Append("# Every key is explained in the PodcastSite documentation (docs/content-format.md).\n\n");
        if (show.Title is { } title)
            Line("title", YamlText.Scalar(title));
        else
            Missing("title", "title");
        Line("description", YamlText.Block(Description(show), "  "));
        if (show.Subtitle is { } subtitle)
            Line("subtitle", YamlText.Scalar(subtitle));
        yaml.Append('\n');
        yaml.Append("# Where the new website will live; the feed is published at this address + feed.xml.\n");
        yaml.Append("# This is the old website's address: change it to the new one before you publish.\n");
        Line("base_url", YamlText.Scalar(BaseUrl(show).AbsoluteUri));
        yaml.Append('\n');
        if (show.Image is { } image)
            Line("image", YamlText.Scalar(localImages.GetValueOrDefault(image) ?? image.AbsoluteUri));
        else
            Missing("image", "cover art");
        if (show.Language is { } language)
            Line("language", YamlText.Scalar(language));
        if (show.Author is { } author)
            Line("author", YamlText.Scalar(author));
        else
            Missing("author", "author");
        yaml.Append("owner:\n");
        if ((show.OwnerName ?? show.Author) is { } ownerName)
            Line("  name", YamlText.Scalar(ownerName));
        else
            Missing("  name", "owner's name");
        if (show.OwnerEmail is { } email)
            Line("  email", YamlText.Scalar(email));
        else
            Missing("  email", "owner's email");
        if (show.Categories.Count > 0)
        {
            yaml.Append("categories:\n");
            foreach (var category in show.Categories)
                yaml.Append("  - ").Append(YamlText.Scalar(category.ToString())).Append('\n');
        }
        else
        {
            yaml.Append("# categories: the old feed names none on Apple's list; write one or more, like [Technology] (podcast.yml needs it)\n");
        }
        Line("explicit", show.Explicit ? "true" : "false");
        Line("type", show.Type.ToString().ToLowerInvariant());
        if (show.Copyright is { } copyright)
            Line("copyright", YamlText.Scalar(copyright));
        if (show.Complete)
            Line("complete", "true");
        if (show.Block)
            Line("block", "true");
        yaml.Append('\n');
        if (show.Guid is { } guid)
        {
            yaml.Append(
                show.GuidDerived
                    ? "# The show's permanent ID in podcast apps, worked out from the old feed's address as apps do: never change it.\n"
                    : "# The show's permanent ID in podcast apps, from the old feed: never change it.\n"
            );
            Line("guid", guid.ToString("D"));
        }
        if (show.Locked is { } locked)
        {
            yaml.Append("locked:\n");
            Line("  owner", YamlText.Scalar(locked.Owner));
            Line("  value", locked.Value ? "true" : "false");
        }
        if (show.Funding.Count > 0)
        {
            yaml.Append("funding:\n");
            foreach (var funding in show.Funding)
            {
                yaml.Append("  - url: ").Append(YamlText.Scalar(funding.Url.AbsoluteUri)).Append('\n');
                yaml.Append("    text: ").Append(YamlText.Scalar(funding.Text)).Append('\n');
            }
        }
        ImportedEpisodeFile.People(yaml, "hosts", show.Hosts, "host");
        return yaml.ToString();
    }

    /// <summary>The description as Markdown: itself when it is plain or converts without loss, else its text.</summary>
    private static string Description(ImportedShow show)
    {
        var body = NotesMarkdown.From(show.Description);
        var text = body.IsHtml ? NotesMarkdown.TextOf(show.Description) : body.Text;
        return text.Length > 0 ? text : NotesMarkdown.TextOf(show.Subtitle ?? show.Title ?? "A podcast");
    }

    /// <summary>The old website stands in for the new one until the podcaster says where that is.</summary>
    private static Uri BaseUrl(ImportedShow show) =>
        show.Link ?? (show.FeedUrl is { } feed ? new Uri(feed.GetLeftPart(UriPartial.Authority) + "/") : new Uri("https://example.com/"));
}
