using System.Globalization;
using System.Text;
using PodcastSite.Tests.Support;
using Shouldly;

namespace PodcastSite.Tests.Hostile;

/// <summary>
/// The <c>generate</c> file: changes made to a case's files at run time, for content git should not carry
/// (large or binary files, other encodings, CR LF line ends, invisible characters). One change a line,
/// <c>PATH CHANGE ARGS</c>, applied in order:
/// <list type="bullet">
/// <item><c>copy REPO_PATH</c>: the file becomes a copy of a file of the repository (audio fixtures, cover art).</item>
/// <item><c>unescape</c>: each <c>&lt;U+XXXX&gt;</c> in the file becomes that character.</item>
/// <item><c>append COUNT TEXT</c>: TEXT (the rest of the line, with <c>&lt;U+XXXX&gt;</c> escapes) added COUNT times.</item>
/// <item><c>crlf</c>: every line ends in CR LF.</item>
/// <item><c>utf8-bom</c>: a UTF-8 byte order mark in front.</item>
/// <item><c>utf16</c>: the text re-encoded as UTF-16 little-endian with its byte order mark.</item>
/// <item><c>utf16-no-bom</c>: the same without the byte order mark.</item>
/// <item><c>latin1</c>: the text re-encoded as Latin-1 (ISO 8859-1), as old editors on Windows save it.</item>
/// <item><c>truncate BYTES</c>: the file cut after BYTES bytes, as an interrupted copy leaves it.</item>
/// </list>
/// </summary>
public static class CaseGenerators
{
    public static void Apply(string generateFile, string showFolder)
    {
        foreach (var line in HostileCase.Lines(generateFile))
        {
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            parts.Length.ShouldBeGreaterThanOrEqualTo(2, $"{generateFile}: `{line}` should read `PATH CHANGE ARGS`");
            var path = Path.Combine(showFolder, parts[0]);
            var argument = parts.Length > 2 ? parts[2] : "";
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            switch (parts[1])
            {
                case "copy":
                    File.Copy(Repo.PathOf(argument), path, overwrite: true);
                    break;
                case "unescape":
                    File.WriteAllText(path, VisibleText.Decode(File.ReadAllText(path)));
                    break;
                case "append":
                    var (count, text) = (int.Parse(argument.Split(' ', 2)[0], CultureInfo.InvariantCulture), VisibleText.Decode(argument.Split(' ', 2)[1]));
                    using (var writer = new StreamWriter(path, append: true))
                        for (var i = 0; i < count; i++)
                            writer.Write(text);
                    break;
                case "crlf":
                    File.WriteAllText(path, File.ReadAllText(path).Replace("\r\n", "\n").Replace("\n", "\r\n"));
                    break;
                case "utf8-bom":
                    File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(path)]);
                    break;
                case "utf16":
                    File.WriteAllText(path, File.ReadAllText(path), Encoding.Unicode);
                    break;
                case "utf16-no-bom":
                    File.WriteAllText(path, File.ReadAllText(path), new UnicodeEncoding(bigEndian: false, byteOrderMark: false));
                    break;
                case "latin1":
                    File.WriteAllText(path, File.ReadAllText(path), Encoding.Latin1);
                    break;
                case "truncate":
                    var bytes = File.ReadAllBytes(path);
                    File.WriteAllBytes(path, bytes[..int.Parse(argument, CultureInfo.InvariantCulture)]);
                    break;
                default:
                    throw new InvalidOperationException($"{generateFile}: unknown change `{parts[1]}` in `{line}`; see CaseGenerators.cs");
            }
        }
    }
}
