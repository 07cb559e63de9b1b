namespace PodcastSite.Notes;

/// <summary>The section headings of the show notes: theme strings (theme/strings.yml), so a theme can translate them or drop the emoji.</summary>
public sealed record NotesStrings(string Guests, string Chapters, string Links, string YouTube, string Sponsor, string Sponsors)
{
    public string SponsorHeading(int count) => count == 1 ? Sponsor : Sponsors;
}
