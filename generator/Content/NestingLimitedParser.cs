using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PodcastSite.Content;

/// <summary>
/// Reads YAML events and stops with a positioned error once lists and mappings nest deeper than any podcast
/// needs. Building the document tree recurses once per level, so `deep:` followed by 50,000 `[` would
/// otherwise overflow the stack and take the process (and a running preview) down with it.
/// </summary>
public sealed class NestingLimitedParser(IParser inner, int maxDepth) : IParser
{
    public const int DefaultMaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > maxDepth:
                throw new NestingTooDeepException(
                    inner.Current.Start,
                    inner.Current.End,
                    $"lists and mappings nest more than {maxDepth} levels deep here; front matter never needs that many"
                );
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }
}

/// <summary>YAML nested past <see cref="NestingLimitedParser"/>'s limit: reported where it happens, whatever else is wrong.</summary>
public sealed class NestingTooDeepException(Mark start, Mark end, string message) : YamlException(start, end, message);
