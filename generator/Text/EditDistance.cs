namespace PodcastSite.Text;

/// <summary>Levenshtein distance, for did-you-mean suggestions on misspelt keys.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    public static string? Closest(string word, IEnumerable<string> candidates, int maxDistance) =>
        candidates
            .Select(c => (Candidate: c, Distance: Between(word, c)))
            .Where(x => x.Distance <= maxDistance)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();

    /// <summary>The <paramref name="count"/> candidates nearest to the word, nearest first: what to show when a name matches nothing.</summary>
    public static IReadOnlyList<string> Nearest(string word, IEnumerable<string> candidates, int count) =>
        candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: c.Contains(word, StringComparison.Ordinal) ? 0 : Between(word, c)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Candidate)
            .ToList();
}
