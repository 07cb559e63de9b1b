using System.Globalization;

namespace PodcastSite.Text;

/// <summary>The code of a language written by its name (`English`, `Deutsch`, `français`), for a did-you-mean.</summary>
public static class LanguageNames
{
    /// <summary>The two- or three-letter code whose English or own name is <paramref name="name"/>, or null.</summary>
    public static string? CodeOf(string name)
    {
        var wanted = name.Trim();
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
            if (
                culture.Name.Length > 0
                && (
                    culture.EnglishName.Equals(wanted, StringComparison.OrdinalIgnoreCase)
                    || culture.NativeName.Equals(wanted, StringComparison.OrdinalIgnoreCase)
                )
            )
                return culture.Name;
        return null;
    }
}
