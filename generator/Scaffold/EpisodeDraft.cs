using System.Globalization;
using PodcastSite.Text;
using Scriban;
using Scriban.Runtime;

namespace PodcastSite.Scaffold;

/// <summary>
/// A new episode file, made from the theme's `archetypes/episode.md` (as Hugo makes content from archetypes):
/// a draft with a fresh guid, so the podcaster only writes the notes and adds the audio.
/// </summary>
public sealed record EpisodeDraft(
    string Title,
    DateOnly Date,
    int? Number,
    int? Season,
    Guid Guid,
    IReadOnlyList<string> Guests,
    string? Audio,
    string? Summary,
    string? SlugOverride = null,
    TimeZoneInfo? TimeZone = null
)
{
    public string Slug => SlugOverride ?? Text.Slug.From(Title);

    /// <summary>
    /// The date as front matter writes it. A date alone means midnight UTC, which west of UTC is the evening before on
    /// the site, and east of it hours into the day; so away from UTC it is midnight in the show's time zone, with
    /// its offset.
    /// </summary>
    public string DateText
    {
        get
        {
            var day = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var offset = (TimeZone ?? TimeZoneInfo.Utc).GetUtcOffset(Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified));
            return offset == TimeSpan.Zero ? day : $"{day}T00:00:00{(offset < TimeSpan.Zero ? '-' : '+')}{offset.Duration():hh\\:mm}";
        }
    }

    public string FileName => $"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Slug}.md";

    /// <summary>The archetype filled in; YAML values are quoted where needed, so any title is safe.</summary>
    public string Render(string archetype)
    {
        var template = Template.Parse(archetype, "archetypes/episode.md");
        if (template.HasErrors)
            throw new InvalidOperationException($"the theme's archetypes/episode.md is not a valid template: {template.Messages}");
        var values = new ScriptObject
        {
            ["title"] = YamlText.Scalar(Title),
            ["date"] = DateText,
            ["number"] = Number,
            ["season"] = Season,
            ["guid"] = Guid.ToString("D"),
            ["slug"] = Slug,
            ["audio"] = Audio,
            ["summary"] = Summary is null ? "" : YamlText.Scalar(Summary),
            ["guests"] = new ScriptArray(Guests.Select(YamlText.Scalar)),
        };
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(values);
        return template.Render(context);
    }
}
