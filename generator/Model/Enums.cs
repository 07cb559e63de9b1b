namespace PodcastSite.Model;

public enum ShowType
{
    Episodic,
    Serial,
}

public enum EpisodeType
{
    Full,
    Trailer,
    Bonus,
}
