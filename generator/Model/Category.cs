namespace PodcastSite.Model;

/// <summary>An Apple Podcasts category, optionally with one subcategory (<c>Education > How To</c>).</summary>
public sealed record Category(string Name, string? Subcategory)
{
    public override string ToString() => Subcategory is null ? Name : $"{Name} > {Subcategory}";
}
