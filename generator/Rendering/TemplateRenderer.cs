using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using PodcastSite.Diagnostics;
using PodcastSite.Rendering.Views;
using PodcastSite.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PodcastSite.Rendering;

/// <summary>
/// Renders one page: its layout first, which captures blocks (<c>{{ capture main }}</c>), then base.html around them.
/// Templates are parsed once per build; a page renders in a context no other page holds meanwhile, so pages render in parallel.
/// </summary>
public sealed class TemplateRenderer(Theme theme, SiteView site, SiteUrls urls, string themeDisplayRoot)
{
    /// <returns>The page as UTF-8, or null when the theme failed (the error is in <paramref name="diagnostics"/>).</returns>
    public byte[]? Render(
        string layout,
        string title,
        string description,
        ITemplateView? page,
        PageMetaView meta,
        DiagnosticBag diagnostics,
        bool unpublishedBanner = false,
        bool framed = true
    )
    {
        // A context is costly to make (Scriban sets up a few dozen stacks and tables) and its output buffer grows to a
        // page's size: each thread takes one from the pool and gives it back after a page that rendered.
        var context = _contexts.TryTake(out var pooled) ? pooled : NewContext();
        context.PushGlobal(Globals(title, description, page, meta, unpublishedBanner));
        try
        {
            // A layout that is a whole document of its own (the embed player) is not put in base.html's frame; any
            // other is rendered for the blocks it captures, and what it writes outside them is not shown.
            if (framed)
                theme.Layouts[layout].Render(context);
            context.PushOutput(context.Page);
            theme.Layouts[framed ? "base.html" : layout].Render(context);
            context.PopOutput();
            // The one place every page passes: no character HTML forbids leaves it, whichever field or template it came from.
            var html = context.Page.TakeUtf8();
            context.PopGlobal();
            context.ResetPreviousNewLine();
            _contexts.Add(context);
            return html;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e) when (e.InnerException is IOException inner)
        {
            // An input read while the page renders failed (a large show's notes, read again from a file saved meanwhile):
            // the build's error to report as it is, not the theme's.
            ExceptionDispatchInfo.Throw(inner);
            throw;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            // The failed context is dropped: the error may have left its stacks anywhere.
            var at = e.Span;
            diagnostics.Error($"{themeDisplayRoot}/layouts/{at.FileName}", at.Start.Line + 1, at.Start.Column + 1, e.OriginalMessage);
            return null;
        }
    }

    private readonly ConcurrentBag<ViewTemplateContext> _contexts = [];

    private readonly IScriptCustomFunction _relativeUrl = DelegateCustomFunction.CreateFunc<string, string>(urls.Relative);
    private readonly IScriptCustomFunction _absoluteUrl = DelegateCustomFunction.CreateFunc<string, string>(path => urls.AbsoluteUri(path));

    private ScriptObject Globals(string title, string description, ITemplateView? page, PageMetaView meta, bool unpublishedBanner) =>
        new(16)
        {
            ["site"] = site,
            // 404.html has no page of its own: an empty object keeps `page.x` an error that names the member.
            ["page"] = (object?)page ?? new ScriptObject(),
            ["strings"] = theme.Strings,
            ["title"] = title,
            ["description"] = description,
            ["meta"] = meta,
            ["main"] = "",
            ["head"] = "",
            ["unpublished"] = unpublishedBanner,
            ["relative_url"] = _relativeUrl,
            ["absolute_url"] = _absoluteUrl,
        };

    private readonly PurePartials _purePartials = new(theme.Layouts, new HashSet<string>(["relative_url", "absolute_url"], StringComparer.Ordinal));

    private ViewTemplateContext NewContext()
    {
        var context = new ViewTemplateContext
        {
            PurePartials = _purePartials,
            Constants = new HashSet<object>([_relativeUrl, _absoluteUrl, theme.Strings], ReferenceEqualityComparer.Instance),
            StrictVariables = true,
            // Scriban's default of 1000 iterations counts nested loops together; a back catalogue passes it. Ten million
            // is hundreds of times what a 30,000-episode show's longest page loops over, and ends a `while true` (which
            // would otherwise run until memory runs out) within seconds, as an error at its line.
            LoopLimit = 10_000_000,
            // Scriban cuts any string at 1 MB by default and appends `...`: long show notes would publish half a page.
            LimitToString = 0,
            MemberRenamer = StandardMemberRenamer.Default,
            TemplateLoader = new ThemeTemplateLoader(theme),
            EnableRelaxedMemberAccess = false,
            TryGetMember = UnknownMember.Fail,
        };
        foreach (var (name, template) in theme.Layouts)
            context.CachedTemplates[name] = template;
        return context;
    }

    /// <summary>Resolves <c>include "_partials/x.html"</c> to the already-parsed layouts, never outside the theme.</summary>
    private sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName.TrimStart('/');

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            theme.Layouts.ContainsKey(templatePath)
                ? throw new InvalidOperationException("cached templates are used directly")
                : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"no template `{templatePath}` in the theme's layouts folder");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
