using PodcastSite.Content;
using PodcastSite.Diagnostics;
using PodcastSite.Notes;
using Scriban;
using Scriban.Parsing;

namespace PodcastSite.Rendering;

/// <summary>Parse: the theme folder into a <see cref="Theme"/>, reporting template syntax errors at their line and column.</summary>
public static class ThemeParser
{
    private const string LayoutsFolder = "layouts";
    private const string StringsFile = "strings.yml";

    /// <param name="previous">The theme as last parsed (preview): a layout whose text did not change keeps its
    /// <see cref="Template"/> object, so only the pages that use a changed layout are rendered again.</param>
    public static Theme? Parse(SourceFolder theme, DiagnosticBag diagnostics, Theme? previous = null)
    {
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        // XSL too: the stylesheet that shows the feed in a browser is a template, so its words come from strings.yml.
        foreach (
            var file in theme
                .Under(LayoutsFolder)
                .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".xsl", StringComparison.Ordinal))
        )
        {
            var name = file.Path[(LayoutsFolder.Length + 1)..];
            var text = file.ReadText(diagnostics);
            if (text is null)
                continue;
            sources[name] = text;
            if (previous is not null && previous.Sources.GetValueOrDefault(name) == text)
            {
                layouts[name] = previous.Layouts[name];
                continue;
            }
            var template = Template.Parse(text, name, lexerOptions: new LexerOptions { Lang = ScriptLang.Default });
            foreach (var message in template.Messages)
                diagnostics.Error(file.DisplayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message);
            layouts[name] = template;
        }
        foreach (var missing in Theme.RequiredLayouts.Where(l => !layouts.ContainsKey(l)))
            diagnostics.Error(
                theme.DisplayPathOf($"{LayoutsFolder}/{missing}"),
                0,
                0,
                $"the theme has no `{LayoutsFolder}/{missing}`; every theme needs {string.Join(", ", Theme.RequiredLayouts.Select(l => $"`{l}`"))}"
            );

        var stringsText = theme.Find(StringsFile)?.ReadText(diagnostics);
        sources[StringsFile] = stringsText ?? "";
        var strings =
            previous is not null && stringsText is not null && previous.Sources.GetValueOrDefault(StringsFile) == stringsText
                ? (previous.NotesStrings, previous.Strings)
                : ParseStrings(theme, diagnostics);
        if (strings is null || diagnostics.HasErrors)
            return null;
        var staticFiles = theme.Under("static").ToList();
        return new Theme(layouts, strings.Value.Item1, strings.Value.Item2, staticFiles, sources);
    }

    private static (NotesStrings Notes, IReadOnlyDictionary<string, object?> All)? ParseStrings(SourceFolder theme, DiagnosticBag diagnostics)
    {
        var file = theme.Find(StringsFile);
        if (file is null)
        {
            diagnostics.Error(theme.DisplayPathOf(StringsFile), 0, 0, $"the theme has no `{StringsFile}` (the headings and labels it shows)");
            return null;
        }
        var map = YamlContext.ReadMapping(file, diagnostics);
        if (map is null)
            return null;
        var notes = map.Map("notes", required: true);
        if (notes is null)
            return null;
        string Heading(string key) => notes.String(key, required: true) ?? key;
        var notesStrings = new NotesStrings(
            Heading("guests"),
            Heading("chapters"),
            Heading("links"),
            Heading("youtube"),
            Heading("sponsor"),
            Heading("sponsors")
        );
        var all = new Dictionary<string, object?>(ExtraValues.From(map, map.Keys), StringComparer.Ordinal);
        // A theme whose strings.yml was copied before a release added words (a translated one, say) keeps building:
        // each word it lacks is the built-in theme's, and a warning says which to add.
        foreach (var (key, value) in BuiltInStrings.Value.Where(entry => !all.ContainsKey(entry.Key)))
        {
            all[key] = value;
            diagnostics.Warning(file.DisplayPath, 1, 1, $"`{key}` is missing, so the built-in theme's \"{value}\" is shown; add `{key}:` with your own words");
        }
        return (notesStrings, all);
    }

    // The built-in theme's words, read once: what a theme's own strings.yml falls back on.
    private static readonly Lazy<IReadOnlyDictionary<string, object?>> BuiltInStrings = new(() =>
    {
        var file = BuiltInTheme.Files.FirstOrDefault(f => f.Path == StringsFile);
        if (file is null || YamlContext.ReadMapping(file, new DiagnosticBag()) is not { } map)
            return new Dictionary<string, object?>();
        return ExtraValues.From(map, map.Keys.Where(key => key != "notes"));
    });
}
