using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Audio;

/// <summary>
/// Every real fixture, damaged a few thousand ways (cut short, bytes changed, fields set to 0 or all ones), must be
/// read or reported as an <see cref="AudioFormatException"/>, which becomes a positioned error; any other exception
/// would reach the podcaster as a stack trace. The seed is fixed, so a failure names a round that fails again.
/// </summary>
public sealed class AudioProbeFuzzTests
{
    private const int Seed = 2235;
    private const int Rounds = 2000;
    private static readonly byte[] Extremes = [0x00, 0xFF, 0x7F, 0x80];

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "audio", "video" })
        foreach (var path in Directory.GetFiles(Repo.PathOf($"tests/PodcastSite.Tests/Fixtures/{folder}")).Order(StringComparer.Ordinal))
            if (MediaTypes.ForExtension(path) is not null)
                data.Add($"{folder}/{Path.GetFileName(path)}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_damaged_file_is_read_or_reported_and_never_crashes(string fixture)
    {
        var original = File.ReadAllBytes(Repo.PathOf($"tests/PodcastSite.Tests/Fixtures/{fixture}"));
        var name = $"assets/{Path.GetFileName(fixture)}";
        var random = new Random(Seed);
        var probe = new AudioProbe();

        for (var round = 0; round < Rounds; round++)
        {
            var damaged = Damage(original, random);
            AudioProbeResult result;
            try
            {
                result = probe.Probe(SourceFile.FromBytes(name, $"input/{name}", damaged));
            }
            catch (Exception e)
            {
                throw new ShouldAssertException($"{fixture}, round {round} ({damaged.Length} bytes): {e.GetType().Name} escaped the probe", e);
            }
            if (result.Info is null)
                result.Error.ShouldNotBeNullOrWhiteSpace($"{fixture}, round {round}");
        }
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = random.Next(4) == 0 ? original[..random.Next(original.Length)] : (byte[])original.Clone();
        var changes = random.Next(1, 5);
        for (var i = 0; i < changes && bytes.Length > 0; i++)
        {
            // Headers sit at the start, and Ogg's last page near the end: aim there more often than into the audio.
            var at = random.Next(3) switch
            {
                0 => random.Next(Math.Min(bytes.Length, 256)),
                1 => bytes.Length - 1 - random.Next(Math.Min(bytes.Length, 256)),
                _ => random.Next(bytes.Length),
            };
            switch (random.Next(3))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                default:
                    // A length, count, size or sample position set to an extreme, as a damaged header holds them.
                    bytes.AsSpan(at, Math.Min(random.Next(1, 9), bytes.Length - at)).Fill(Extremes[random.Next(Extremes.Length)]);
                    break;
            }
        }
        return bytes;
    }
}
