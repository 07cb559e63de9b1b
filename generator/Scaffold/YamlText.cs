namespace PodcastSite.Scaffold;

/// <summary>Text written into generated YAML: quoted whenever YAML would read it as something else.</summary>
public static class YamlText
{
    public static string Scalar(string text)
    {
        var plain = text.Length > 0
            && text.Trim() == text
            && !text.Any(c => c is ':' or '#' or '"' or '\'' or '\\' or '{' or '}' or '[' or ']' or ',' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' || char.IsControl(c))
            && !text.StartsWith('-') && !text.StartsWith('?')
            && text.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~")
            && !double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _);
        return plain ? text : "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
