using PodcastSite.Audio;
using PodcastSite.Content;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Audio;

public sealed class ProbeCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("podcastsite-probe-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Counts the files the real probe is asked to read.</summary>
    private sealed class CountingProbe : IAudioProbe
    {
        public int Reads;

        public AudioProbeResult Probe(SourceFile file)
        {
            Reads++;
            return new AudioProbe().Probe(file);
        }
    }

    [Fact]
    public void A_second_run_reads_no_unchanged_audio_and_a_changed_file_is_read_again()
    {
        var audio = Path.Combine(_folder, "episode.mp3");
        File.Copy(Repo.AudioFixture("with-chapters.mp3"), audio);
        var cacheFile = Path.Combine(_folder, "cache/audio-probe.json");
        var first = new CountingProbe();

        var firstRun = new PersistentAudioProbeCache(first, cacheFile);
        var original = firstRun.Probe(FileOf(audio)).Info!;
        firstRun.Save();
        var second = new CountingProbe();
        var cached = new PersistentAudioProbeCache(second, cacheFile).Probe(FileOf(audio)).Info!;

        first.Reads.ShouldBe(1);
        second.Reads.ShouldBe(0);
        cached.Duration.ShouldBe(original.Duration);
        cached.Length.ShouldBe(original.Length);
        cached.Chapters.ShouldBe(original.Chapters);

        File.SetLastWriteTimeUtc(audio, DateTime.UtcNow.AddMinutes(1));
        new PersistentAudioProbeCache(second, cacheFile).Probe(FileOf(audio));
        second.Reads.ShouldBe(1);
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored()
    {
        var cacheFile = Path.Combine(_folder, "audio-probe.json");
        File.WriteAllText(cacheFile, "{ not json");

        var result = new PersistentAudioProbeCache(new AudioProbe(), cacheFile).Probe(FileOf(Repo.AudioFixture("cbr.mp3")));

        result.Info.ShouldNotBeNull();
    }

    private static SourceFile FileOf(string path)
    {
        var info = new FileInfo(path);
        return new SourceFile(info.Name, path, info.Length, info.LastWriteTimeUtc, () => File.OpenRead(path));
    }
}
