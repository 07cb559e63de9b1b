namespace PodcastSite.Content;

/// <summary>Apple Podcasts' category list (2019 revision); Apple rejects any other name or spelling.</summary>
public static class AppleCategories
{
    public static readonly IReadOnlyDictionary<string, string[]> SubcategoriesByCategory = new Dictionary<string, string[]>
    {
        ["Arts"] = ["Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"],
        ["Business"] = ["Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit"],
        ["Comedy"] = ["Comedy Interviews", "Improv", "Stand-Up"],
        ["Education"] = ["Courses", "How To", "Language Learning", "Self-Improvement"],
        ["Fiction"] = ["Comedy Fiction", "Drama", "Science Fiction"],
        ["Government"] = [],
        ["History"] = [],
        ["Health & Fitness"] = ["Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition", "Sexuality"],
        ["Kids & Family"] = ["Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"],
        ["Leisure"] = ["Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies", "Home & Garden", "Video Games"],
        ["Music"] = ["Music Commentary", "Music History", "Music Interviews"],
        ["News"] = ["Business News", "Daily News", "Entertainment News", "News Commentary", "Politics", "Sports News", "Tech News"],
        ["Religion & Spirituality"] = ["Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion", "Spirituality"],
        ["Science"] = ["Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics", "Natural Sciences", "Nature", "Physics", "Social Sciences"],
        ["Society & Culture"] = ["Documentary", "Personal Journals", "Philosophy", "Places & Travel", "Relationships"],
        ["Sports"] =
        [
            "Baseball",
            "Basketball",
            "Cricket",
            "Fantasy Sports",
            "Football",
            "Golf",
            "Hockey",
            "Rugby",
            "Running",
            "Soccer",
            "Swimming",
            "Tennis",
            "Volleyball",
            "Wilderness",
            "Wrestling",
        ],
        ["Technology"] = [],
        ["True Crime"] = [],
        ["TV & Film"] = ["After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"],
    };

    /// <summary>`Technology` or `Education > How To` as a category, or null when Apple's list has no such name.</summary>
    public static Model.Category? Parse(string text)
    {
        var parts = text.Split('>', StringSplitOptions.TrimEntries);
        var sub = parts.Length > 1 ? parts[1] : null;
        if (parts.Length > 2 || !SubcategoriesByCategory.TryGetValue(parts[0], out var subs) || (sub is not null && !subs.Contains(sub)))
            return null;
        return new Model.Category(parts[0], sub);
    }

    /// <summary>
    /// The category on Apple's list a wrong one most likely means, if any: the same name in other letter case, a
    /// subcategory named without its category (`Tech News`), the start of a name (`Tech` for `Technology`,
    /// categories before subcategories), or else the nearest spelling.
    /// </summary>
    public static string? Suggest(string text)
    {
        var wanted = text.Trim();
        var categories = SubcategoriesByCategory.Keys.Select(c => (Name: c, Full: c)).ToList();
        var subcategories = SubcategoriesByCategory.SelectMany(kv => kv.Value.Select(s => (Name: s, Full: $"{kv.Key} > {s}"))).ToList();
        var named = categories.Concat(subcategories).ToList();
        return named.FirstOrDefault(n => n.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase)).Full
            ?? named.FirstOrDefault(n => n.Full.Equals(wanted, StringComparison.OrdinalIgnoreCase)).Full
            ?? (wanted.Length >= 3 ? named.FirstOrDefault(n => n.Name.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)).Full : null)
            ?? Text.EditDistance.Closest(text, named.Select(n => n.Full), maxDistance: 4);
    }
}
