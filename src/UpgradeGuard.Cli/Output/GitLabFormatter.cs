using System.IO;
using System.Text;
using System.Text.Json;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// GitLab Code Quality (a Code Climate issue list): <c>[{"type":"issue","check_name","description","categories",
/// "severity","fingerprint","location":{"path","lines":{"begin","end"}}}]</c>. Paths are repository-relative;
/// fingerprints are the findings' identities (the baseline's), stable across runs and line moves, unique per finding.
/// Severities: error is critical, warning is major, info is info.
/// </summary>
public sealed class GitLabFormatter : IReportFormatter
{
    private readonly string _repositoryRoot;

    public GitLabFormatter(string repositoryRoot) => _repositoryRoot = repositoryRoot;

    public void Write(CheckReport report, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonFormatter.WriterOptions))
        {
            json.WriteStartArray();
            foreach (var diagnostic in report.Diagnostics)
            {
                var path = ReportPaths.RepositoryRelative(report, diagnostic, _repositoryRoot);
                var region = new EmittedRegion(diagnostic.Span);
                json.WriteStartObject();
                json.WriteString("type", "issue");
                json.WriteString("check_name", diagnostic.Id);
                // Code Climate descriptions are one line of text.
                json.WriteString("description", $"{diagnostic.Id}: {diagnostic.Message}".Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' '));
                json.WriteStartObject("content");
                json.WriteString("body", $"{diagnostic.Rule.Title}. See {diagnostic.Rule.HelpUri}");
                json.WriteEndObject();
                json.WriteStartArray("categories");
                json.WriteStringValue("Bug Risk");
                json.WriteEndArray();
                json.WriteString("severity", Severity(diagnostic.Severity));
                json.WriteString("fingerprint", ReportPaths.Fingerprint(report, diagnostic, _repositoryRoot));
                json.WriteStartObject("location");
                json.WriteString("path", path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", region.StartLine);
                json.WriteNumber("end", region.EndLine);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static string Severity(Severity severity) => severity switch
    {
        Core.Diagnostics.Severity.Error => "critical",
        Core.Diagnostics.Severity.Warning => "major",
        _ => "info",
    };
}
