using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary><c>{"diagnostics":[{"id","severity","message","file","line","column","endLine","endColumn","helpUri"}]}</c>.</summary>
public sealed class JsonFormatter : IReportFormatter
{
    internal static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
    {
        Indented = true,
        // Messages quote YAML ('5.3.2 -> 5.6.0'); keep them readable. The output is a file, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(CheckReport report, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                var region = new EmittedRegion(diagnostic.Span);
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", diagnostic.Severity.ToDisplay());
                json.WriteString("message", diagnostic.Message);
                json.WriteString("file", diagnostic.FilePath);
                json.WriteNumber("line", region.StartLine);
                json.WriteNumber("column", region.StartColumn);
                json.WriteNumber("endLine", region.EndLine);
                json.WriteNumber("endColumn", region.EndColumn);
                json.WriteString("helpUri", diagnostic.Rule.HelpUri);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
