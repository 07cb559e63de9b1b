namespace PodcastSite.Tests.Support;

/// <summary>A clock that always says the same time, so what a command prints does not depend on the day it runs.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
