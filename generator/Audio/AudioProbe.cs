using PodcastSite.Content;
using PodcastSite.Text;

namespace PodcastSite.Audio;

/// <summary>Reads a file's format from its first bytes (never trusting the extension alone) and hands it to that format's reader.</summary>
public sealed class AudioProbe : IAudioProbe
{
    private enum Container
    {
        Mp3,
        Mp4,
        Ogg,
        Wav,
        Flac,
        WebM,
    }

    private static readonly Dictionary<Container, string[]> ExtensionsOf = new()
    {
        [Container.Mp3] = [".mp3"],
        [Container.Mp4] = [".m4a", ".mp4", ".m4v", ".mov", ".m4b"],
        [Container.Ogg] = [".ogg", ".oga", ".opus"],
        [Container.Wav] = [".wav"],
        [Container.Flac] = [".flac"],
        [Container.WebM] = [".webm"],
    };

    public AudioProbeResult Probe(SourceFile file)
    {
        if (file.Length == 0)
            return AudioProbeResult.Failure("the file is empty (0 bytes)");
        try
        {
            using var stream = file.Open();
            var info = Read(stream, file.Path);
            return AudioProbeResult.Success(info with { Length = file.Length });
        }
        catch (AudioFormatException e)
        {
            return AudioProbeResult.Failure(e.Message);
        }
        catch (IOException e)
        {
            return AudioProbeResult.Failure(e.Message);
        }
    }

    private static AudioInfo Read(Stream stream, string path)
    {
        var start = ByteReading.ReadUpTo(stream, 0, 12);
        var chapters = (IReadOnlyList<Model.Chapter>)[];
        long audioStart = 0;
        // Some taggers write more than one ID3v2 tag in a row; the audio follows the last.
        while (Id3v2Tag.StartsAt(ByteReading.ReadUpTo(stream, audioStart, 10)))
        {
            var tag = Id3v2Tag.Read(stream, audioStart);
            if (chapters.Count == 0)
                chapters = tag.Chapters;
            audioStart = tag.End;
        }
        var head = ByteReading.ReadUpTo(stream, audioStart, 12);
        var container =
            ByteReading.Matches(head, 4, "ftyp") ? Container.Mp4
            : ByteReading.Matches(head, 0, "OggS") ? Container.Ogg
            : ByteReading.Matches(head, 0, "RIFF") && ByteReading.Matches(head, 8, "WAVE") ? Container.Wav
            : ByteReading.Matches(head, 0, "fLaC") ? Container.Flac
            : WebmProbe.StartsWith(head) ? Container.WebM
            : audioStart > 0 || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0) ? Container.Mp3
            : throw new AudioFormatException(
                $"not an audio file this build can read (MP3, M4A/MP4/MOV, Ogg Opus or Vorbis, WAV, FLAC, WebM); {Describe(start)}"
            );

        // ffmpeg-based players skip a tag in front of any file; MP4, Ogg, WAV and WebM readers (Apple's and ExoPlayer's
        // among them) expect the container's own header at the first byte and give up.
        if (audioStart > 0 && container is not (Container.Mp3 or Container.Flac))
            throw new AudioFormatException(
                $"it starts with an ID3 tag, which {NameOf(container)} files do not carry there, so many podcast apps cannot play it; export it again, or remove the tag with a tag editor"
            );
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!ExtensionsOf[container].Contains(extension))
            throw new AudioFormatException(
                $"it holds {container.ToString().ToUpperInvariant()} audio but is named `{extension}`; rename it to `{ExtensionsOf[container][0]}`, since podcast apps go by the extension"
            );

        var duration = container switch
        {
            Container.Mp3 => Mp3Probe.Duration(stream, audioStart, Mp3AudioEnd(stream)),
            Container.Mp4 => Mp4Probe.Duration(stream),
            Container.Ogg => OggProbe.Duration(stream),
            Container.Wav => WavProbe.Duration(stream),
            Container.Flac => FlacProbe.Duration(stream, audioStart),
            Container.WebM => WebmProbe.Duration(stream),
            _ => throw new ArgumentOutOfRangeException(nameof(path)),
        };
        // A damaged header can claim any length: past a week, which no `duration:` written in front matter may be either.
        if (duration > DurationText.Longest)
            throw new AudioFormatException(
                $"its header says the audio lasts {duration.TotalHours:N0} hours, longer than any episode runs (a week); the file is damaged, so export it again"
            );
        return new AudioInfo(stream.Length, MediaTypes.ForExtension(path)!, duration, container == Container.Mp3 ? chapters : []);
    }

    private static string NameOf(Container container) =>
        container switch
        {
            Container.WebM => "WebM",
            Container.Ogg => "Ogg",
            _ => container.ToString().ToUpperInvariant(),
        };

    /// <summary>Where MPEG frames end: before an ID3v1 tag and an APEv2 tag at the end of the file, if any.</summary>
    private static long Mp3AudioEnd(Stream stream)
    {
        var end = stream.Length;
        if (end >= 128 && ByteReading.Matches(ByteReading.ReadAt(stream, end - 128, 3), 0, "TAG"))
            end -= 128;
        if (end >= 32)
        {
            var footer = ByteReading.ReadAt(stream, end - 32, 32);
            if (ByteReading.Matches(footer, 0, "APETAGEX"))
            {
                var size = ByteReading.UInt32LE(footer, 12);
                var hasHeader = (ByteReading.UInt32LE(footer, 20) & 0x80000000) != 0;
                end -= size + (hasHeader ? 32 : 0);
            }
        }
        return end;
    }

    // What the file seems to be, never what it holds: the bytes of a file may be private (a link to a key, a letter).
    private static string Describe(byte[] start) =>
        start.All(b => b is >= 0x20 and < 0x7F || b is (byte)'\n' or (byte)'\r' or (byte)'\t')
            ? "it looks like a text file"
            : "its first bytes match none of those formats";
}
