namespace PodcastSite.Model;

/// <summary>podcast:value: how listeners' apps pay the show as they listen (most often Lightning keysend), and to whom.</summary>
public sealed record ValueBlock(string Type, string Method, decimal? Suggested, IReadOnlyList<ValueRecipient> Recipients);

/// <summary>One podcast:valueRecipient; <see cref="Split"/> is a share of the payment, out of the sum of all splits.</summary>
public sealed record ValueRecipient(string Name, string Type, string Address, int Split, string? CustomKey, string? CustomValue, bool Fee);
