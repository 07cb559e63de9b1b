using System.Text.Encodings.Web;
using System.Text.Json;
using PodcastSite.Diagnostics;

namespace PodcastSite.Cli;

/// <summary>
/// `validate --format json`: the diagnostics for editors and CI, written field by field (no reflection). Backticks,
/// apostrophes and accented letters stay as written: the default encoder, made for JSON inside HTML, turns each of them into
/// a `\u0060`-style escape that a person reading the output, or grep, cannot match.
/// </summary>
public static class DiagnosticsJson
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, bool succeeded)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", succeeded);
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", diagnostic.Path);
                json.WriteNumber("line", diagnostic.Line);
                json.WriteNumber("column", diagnostic.Column);
                json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
