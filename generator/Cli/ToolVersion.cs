using System.Reflection;

namespace PodcastSite.Cli;

/// <summary>The tool's version as a podcaster types it in a tool manifest: `0.1.0`, without the build's commit suffix.</summary>
public static class ToolVersion
{
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
