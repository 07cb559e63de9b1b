using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Docs;

/// <summary>
/// The documentation stays true to the code: docs/content-format.md documents exactly the keys the parsers know,
/// and the docs stand on their own (no link that leads out of the repository or to a file that is not there).
/// </summary>
public sealed partial class DocsTests
{
    private const string ContentFormat = "docs/content-format.md";

    /// <summary>
    /// Each key table in docs/content-format.md follows a marker <c>&lt;!-- keys: NAME --&gt;</c>; NAME says which
    /// list of the parsers the table must match.
    /// </summary>
    private static readonly Dictionary<string, Func<IReadOnlyCollection<string>>> KnownKeys = new()
    {
        ["show"] = () => StaticKeys(typeof(ShowParser), "Keys"),
        ["show.owner"] = () => NestedShowKeys("`owner`"),
        ["show.funding"] = () => NestedShowKeys("`funding`"),
        ["show.locked"] = () => NestedShowKeys("`locked`"),
        ["show.subscribe"] = () => SubscribeParser.Apps,
        ["show.podroll"] = () => PodrollParser.Keys,
        ["show.value"] = () => ValueParser.Keys,
        ["show.value.recipients"] = () => ValueParser.RecipientKeys,
        ["show.images"] = () => ShowImagesParser.Keys,
        ["episode"] = () => EpisodeParser.Keys,
        ["episode.audio"] = () => StaticKeys(typeof(EpisodeParser), "AudioKeys"),
        ["episode.chapters"] = () => StaticKeys(typeof(EpisodeParser), "ChapterKeys"),
        ["episode.sponsor"] = () => StaticKeys(typeof(EpisodeParser), "SponsorKeys"),
        ["episode.links"] = () => StaticKeys(typeof(EpisodeParser), "LinkKeys"),
        ["episode.transcript"] = () => StaticKeys(typeof(EpisodeParser), "TranscriptKeys"),
        ["episode.alternate_enclosures"] = () => AlternateEnclosureParser.Keys,
        ["episode.alternate_enclosures.integrity"] = () => AlternateEnclosureParser.IntegrityKeys,
        ["episode.soundbites"] = () => SoundbiteParser.Keys,
        ["episode.social_interact"] = () => SocialInteractParser.Keys,
        ["person"] = () => StaticKeys(typeof(PersonParser), "Keys"),
        ["page"] = () => StaticKeys(typeof(PageParser), "Keys"),
    };

    public static TheoryData<string> KeyTables => [.. KnownKeys.Keys];

    [Theory]
    [MemberData(nameof(KeyTables))]
    public void The_content_format_documents_exactly_the_keys_the_parser_knows(string table)
    {
        var known = KnownKeys[table]();
        known.ShouldNotBeEmpty($"found no keys the parser knows for `{table}`");
        var tables = DocumentedKeyTables();
        tables.ShouldContainKey(table, $"{ContentFormat} has no key table marked `<!-- keys: {table} -->`");
        var documented = tables[table];

        var missing = known.Except(documented, StringComparer.Ordinal).ToList();
        var stale = documented.Except(known, StringComparer.Ordinal).Distinct().ToList();
        var twice = documented.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
            problems.Add($"missing (the parser knows them, the docs do not): {Names(missing)}");
        if (stale.Count > 0)
            problems.Add($"stale (documented, but the parser does not know them): {Names(stale)}");
        if (twice.Count > 0)
            problems.Add($"documented twice: {Names(twice)}");
        problems.ShouldBeEmpty($"{ContentFormat}, table `keys: {table}`:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void Every_key_row_of_the_content_format_is_in_a_checked_table()
    {
        var lines = File.ReadAllLines(Repo.PathOf(ContentFormat));
        var strays = new List<string>();
        var inKeyTable = false;
        var inCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
                inCode = !inCode;
            if (inCode)
                continue;
            if (KeyMarker().IsMatch(line))
            {
                inKeyTable = true;
                continue;
            }
            if (line.Length > 0 && !line.StartsWith('|'))
                inKeyTable = false;
            // A table row or a heading that starts with a code span reads as "this key": it must be a checked one.
            var startsWithCode = (line.StartsWith('|') && FirstCell(line).StartsWith('`')) || HeadingWithCode().IsMatch(line);
            if (startsWithCode && !inKeyTable)
                strays.Add($"line {i + 1}: {line}");
        }
        strays.ShouldBeEmpty(
            $"{ContentFormat}: rows and headings that begin with a code span look like keys, but are not under a `<!-- keys: NAME -->` marker, "
                + $"so nothing checks them against the parser:\n{string.Join("\n", strays)}"
        );
    }

    [Fact]
    public void The_docs_stand_on_their_own()
    {
        var files = Directory
            .EnumerateFiles(Repo.PathOf("docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Repo.PathOf("CHANGELOG.md"))
            .Prepend(Repo.PathOf("CONTRIBUTING.md"))
            .Prepend(Repo.PathOf("README.md"))
            .ToList();
        files.Count.ShouldBeGreaterThan(5, "expected docs/ to hold the documentation");
        var problems = new List<string>();
        foreach (var file in files)
        {
            var shown = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            if (text.Contains("../shared", StringComparison.Ordinal))
                problems.Add($"{shown}: mentions `../shared`, which is outside the repository");
            foreach (var target in LinkTargets(text))
            {
                if (Problem(file, target) is { } problem)
                    problems.Add($"{shown}: link `{target}` {problem}");
            }
        }
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    // ---- the parsers' key lists

    private static string[] StaticKeys(Type type, string field)
    {
        var info = type.GetField(field, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        info.ShouldNotBeNull($"{type.Name}.{field} is gone; point DocsTests at where the keys live now");
        return info.GetValue(null).ShouldBeOfType<string[]>();
    }

    /// <summary>
    /// owner, funding and locked check their keys with a list written inline in ShowParser; the parser itself says which
    /// keys it knows when it meets one it does not.
    /// </summary>
    private static IReadOnlyCollection<string> NestedShowKeys(string where)
    {
        var site = TestSite.Build(
            """
            -- input/podcast.yml --
            title: Test Show
            description: A show made for tests.
            base_url: https://example.com/
            image: assets/cover.jpg
            author: Test Author
            owner: { name: Test Owner, email: owner@example.com, zz_docs_probe: 1 }
            categories: [Technology]
            funding:
              - { url: "https://example.com/give", text: Give, zz_docs_probe: 1 }
            locked: { owner: owner@example.com, zz_docs_probe: 1 }
            -- input/assets/cover.jpg --
            @file input/assets/images/cover.jpg
            """
        );
        var prefix = $"unknown key `zz_docs_probe` in {where}; known keys are ";
        var message = site.Errors.Select(d => d.Message).FirstOrDefault(m => m.StartsWith(prefix, StringComparison.Ordinal));
        message.ShouldNotBeNull($"ShowParser no longer lists the known keys of {where}; got:\n{string.Join("\n", site.Result.Diagnostics)}");
        return CodeSpan().Matches(message[prefix.Length..]).Select(m => m.Groups[1].Value).ToList();
    }

    // ---- reading docs/content-format.md

    private static Dictionary<string, List<string>> DocumentedKeyTables()
    {
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in File.ReadLines(Repo.PathOf(ContentFormat)))
        {
            var line = raw.Trim();
            if (KeyMarker().Match(line) is { Success: true } marker)
            {
                var name = marker.Groups[1].Value;
                tables.ShouldNotContainKey(name, $"{ContentFormat} has two tables marked `keys: {name}`");
                tables[name] = current = [];
                continue;
            }
            if (current is null)
                continue;
            if (line.Length == 0 && current.Count == 0)
                continue;
            if (!line.StartsWith('|'))
            {
                current = null;
                continue;
            }
            if (KeyCell().Match(FirstCell(line)) is { Success: true } key)
                current.Add(key.Groups[1].Value);
        }
        return tables;
    }

    private static string FirstCell(string row) => row.TrimStart('|').Split('|')[0].Trim();

    private static string Names(IEnumerable<string> keys) => string.Join(", ", keys.Select(k => $"`{k}`"));

    // ---- links

    private static IEnumerable<string> LinkTargets(string markdown)
    {
        var prose = WithoutCode(markdown);
        foreach (Match link in InlineLink().Matches(prose))
            yield return link.Groups[1].Value;
        foreach (Match definition in ReferenceDefinition().Matches(prose))
            yield return definition.Groups[1].Value;
        foreach (Match href in HtmlHref().Matches(prose))
            yield return href.Groups[1].Value;
    }

    /// <summary>What is wrong with one link target, or null when it leads somewhere inside the repository that exists.</summary>
    private static string? Problem(string fromFile, string target)
    {
        if (Scheme().IsMatch(target))
            return null;
        var hash = target.IndexOf('#');
        var pathPart = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
        string resolved;
        if (pathPart.Length == 0)
        {
            resolved = fromFile;
        }
        else
        {
            if (pathPart.StartsWith('/'))
                return "is absolute; link relative to this file so it works in any checkout";
            resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromFile)!, Uri.UnescapeDataString(pathPart)));
            var root = Path.TrimEndingDirectorySeparator(Repo.Root) + Path.DirectorySeparatorChar;
            if (!resolved.StartsWith(root, StringComparison.Ordinal))
                return "leads outside the repository";
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
                return "leads to a path that does not exist in the repository";
        }
        if (anchor is null || !resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return null;
        return HeadingAnchors(File.ReadAllText(resolved)).Contains(anchor)
            ? null
            : $"points to `#{anchor}`, which is not a heading of {Path.GetFileName(resolved)}";
    }

    /// <summary>The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as dashes, repeats numbered.</summary>
    private static HashSet<string> HeadingAnchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in WithoutFencedBlocks(markdown).Split('\n'))
        {
            var heading = Heading().Match(line.TrimEnd('\r'));
            if (!heading.Success)
                continue;
            var text = InlineLink().Replace(heading.Groups[1].Value, m => m.Value[1..m.Value.IndexOf("](", StringComparison.Ordinal)]);
            var slug = new StringBuilder();
            foreach (var c in text.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                    slug.Append(c);
                else if (c == ' ')
                    slug.Append('-');
            }
            var anchor = slug.ToString();
            var count = seen.GetValueOrDefault(anchor);
            seen[anchor] = count + 1;
            anchors.Add(count == 0 ? anchor : $"{anchor}-{count}");
        }
        return anchors;
    }

    private static string WithoutCode(string markdown) => InlineCode().Replace(WithoutFencedBlocks(markdown), "");

    private static string WithoutFencedBlocks(string markdown)
    {
        var kept = new StringBuilder();
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (!inFence)
                kept.Append(line).Append('\n');
        }
        return kept.ToString();
    }

    [GeneratedRegex(@"^<!--\s*keys:\s*([a-z._]+)\s*-->$")]
    private static partial Regex KeyMarker();

    [GeneratedRegex(@"^`([a-z_]+)`$")]
    private static partial Regex KeyCell();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^#{1,6}\s+`")]
    private static partial Regex HeadingWithCode();

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"(?:href|src)\s*=\s*""([^""]+)""")]
    private static partial Regex HtmlHref();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
