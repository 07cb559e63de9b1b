using System.Globalization;
using PodcastSite.Audio;
using PodcastSite.Cli;
using PodcastSite.Images;
using Spectre.Console;

// Output must not depend on the machine's language settings: same input, same bytes.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var probeCache = new PersistentAudioProbeCache(new AudioProbe(), PersistentAudioProbeCache.DefaultFile());
var images = new PersistentImageCache(new SkiaImageResizer(), PersistentImageCache.DefaultFolder(), SkiaImageResizer.Version);
var cli = new CliContext(Terminal(Console.Out), Terminal(Console.Error), TimeProvider.System, new CachingAudioProbe(probeCache)) { Images = images };
var exitCode = PodcastSiteCli.Run(args, cli);
probeCache.Save();
return exitCode;

// A diagnostic is one line whatever the terminal's width, so editors and CI logs can match it.
static IAnsiConsole Terminal(TextWriter writer)
{
    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
    console.Profile.Width = 4096;
    return console;
}
