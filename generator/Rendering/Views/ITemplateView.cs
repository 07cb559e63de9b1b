using Scriban.Runtime;

namespace PodcastSite.Rendering.Views;

/// <summary>
/// A value templates read (<c>site</c>, <c>page</c>, an episode of a list), with the table of members they read it
/// through. Scriban would otherwise find the members by reflection, which Native AOT does not support.
/// </summary>
public interface ITemplateView
{
    IObjectAccessor Members { get; }
}
