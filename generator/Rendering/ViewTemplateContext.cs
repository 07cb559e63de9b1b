using PodcastSite.Rendering.Views;
using PodcastSite.Text;
using Scriban;
using Scriban.Runtime;

namespace PodcastSite.Rendering;

/// <summary>
/// A template context that reads views through their own member tables. Scriban reflects over any other .NET
/// object, which works under the JIT but finds no members in a Native AOT binary: an object of ours that is not an
/// <see cref="ITemplateView"/> is a bug, reported the first time any test renders it.
/// </summary>
public sealed class ViewTemplateContext() : TemplateContext(ScribanFunctions.Shared)
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target switch
        {
            ITemplateView view => view.Members,
            _ when target.GetType().Assembly == typeof(ViewTemplateContext).Assembly => throw new InvalidOperationException(
                $"templates read a `{target.GetType()}`, which is not an {nameof(ITemplateView)}: Scriban would reflect over it, and Native AOT keeps nothing to reflect on"
            ),
            _ => base.GetMemberAccessorImpl(target),
        };
}
