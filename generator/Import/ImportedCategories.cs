using PodcastSite.Content;
using PodcastSite.Model;

namespace PodcastSite.Import;

/// <summary>
/// An old feed's itunes:category values on Apple's current list: matched without regard to letter case, and names
/// Apple retired in 2019 mapped to where Apple moved them (as Apple did for shows that kept them).
/// </summary>
public static class ImportedCategories
{
    private static readonly Dictionary<string, string> Retired = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Technology > Podcasting"] = "Technology",
        ["Technology > Software How-To"] = "Technology",
        ["Technology > Gadgets"] = "Technology",
        ["Technology > Tech News"] = "News > Tech News",
        ["Games & Hobbies"] = "Leisure",
        ["Games & Hobbies > Video Games"] = "Leisure > Video Games",
        ["Games & Hobbies > Automotive"] = "Leisure > Automotive",
        ["Games & Hobbies > Aviation"] = "Leisure > Aviation",
        ["Games & Hobbies > Hobbies"] = "Leisure > Hobbies",
        ["Games & Hobbies > Other Games"] = "Leisure > Games",
        ["Science & Medicine"] = "Science",
        ["Science & Medicine > Medicine"] = "Health & Fitness > Medicine",
        ["Science & Medicine > Natural Sciences"] = "Science > Natural Sciences",
        ["Science & Medicine > Social Sciences"] = "Science > Social Sciences",
        ["Health"] = "Health & Fitness",
        ["Health > Fitness & Nutrition"] = "Health & Fitness > Fitness",
        ["Health > Alternative Health"] = "Health & Fitness > Alternative Health",
        ["Health > Self-Help"] = "Education > Self-Improvement",
        ["Health > Sexuality"] = "Health & Fitness > Sexuality",
        ["Business > Business News"] = "News > Business News",
        ["Business > Management & Marketing"] = "Business > Management",
        ["Business > Shopping"] = "Business",
        ["Education > Educational Technology"] = "Education",
        ["Education > Higher Education"] = "Education",
        ["Education > K-12"] = "Education",
        ["Education > Language Courses"] = "Education > Language Learning",
        ["Education > Training"] = "Education > Courses",
        ["Government & Organizations"] = "Government",
        ["News & Politics"] = "News",
        ["Society & Culture > History"] = "History",
        ["Arts > Literature"] = "Arts > Books",
        ["Sports & Recreation"] = "Sports",
        ["Religion & Spirituality > Other"] = "Religion & Spirituality",
    };

    /// <summary>The category on Apple's list the old one stands for, or null when there is none.</summary>
    public static Category? Match(string category)
    {
        var written = string.Join(" > ", category.Split('>', StringSplitOptions.TrimEntries));
        if (Retired.TryGetValue(written, out var moved))
            return AppleCategories.Parse(moved);
        var parts = written.Split(" > ");
        var name = AppleCategories.SubcategoriesByCategory.Keys.FirstOrDefault(k => k.Equals(parts[0], StringComparison.OrdinalIgnoreCase));
        if (name is null)
            return null;
        if (parts.Length == 1)
            return new Category(name, null);
        var sub = AppleCategories.SubcategoriesByCategory[name].FirstOrDefault(s => s.Equals(parts[1], StringComparison.OrdinalIgnoreCase));
        return sub is null ? null : new Category(name, sub);
    }
}
