using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Discovery;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: one run, every rule in <c>tool.driver.rules</c>, results located by a
/// repository-relative URI under <c>%SRCROOT%</c> (the git work tree, else the working folder).
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";
    public const string FingerprintKey = "upgradeGuardFingerprint/v2";

    private readonly string _repositoryRoot;

    public SarifFormatter(string repositoryRoot) => _repositoryRoot = repositoryRoot;

    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = RuleRegistry.Descriptors;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonFormatter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("informationUri", ToolInfo.InformationUri);
            json.WriteString("semanticVersion", ToolInfo.Version);
            json.WriteString("version", ToolInfo.Version);
            SarifRules.Write(json, rules);
            json.WriteEndObject();
            json.WriteEndObject();

            WriteInvocation(json, report);

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", DirectoryUri(_repositoryRoot));
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            // Suppressed findings stay in the log, marked, so code scanning shows them as dismissed.
            var results = report.Diagnostics.Concat(report.Suppressed).ToList();
            results.Sort(DiagnosticOrder.Instance);
            foreach (var diagnostic in results)
            {
                WriteResult(json, diagnostic, report, ruleIndex);
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// One invocation: successful unless the run has problems (it then exits 2), with a notification for each problem,
    /// located at the file when the problem is about one.
    /// </summary>
    private void WriteInvocation(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.ExecutionSuccessful);
        if (report.Problems.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var problem in report.Problems)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", SarifRules.Sentence(ControlCharacters.Escape(ProblemMessages.WithoutPrefix(problem))));
                json.WriteEndObject();
                if (report.ProblemFiles.TryGetValue(problem, out var file))
                {
                    var (uri, relative) = ArtifactUri(file.FullPath);
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    WriteArtifactLocation(json, uri, relative);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private (string Uri, bool Relative) ArtifactUri(string fullPath)
    {
        var relative = DisplayPaths.RelativeTo(_repositoryRoot, fullPath);
        return relative is null ? (new Uri(fullPath).AbsoluteUri, false) : (RelativeUri(relative), true);
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string uri, bool relative)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        if (relative) json.WriteString("uriBaseId", SourceRootId);
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, CheckReport report, Dictionary<string, int> ruleIndex)
    {
        var fullPath = report.FilesByDisplayPath.TryGetValue(diagnostic.FilePath, out var file) ? file.FullPath : Path.GetFullPath(diagnostic.FilePath);
        var (uri, relative) = ArtifactUri(fullPath);
        var region = new EmittedRegion(diagnostic.Span);

        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", SarifRules.Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", SarifRules.Sentence(diagnostic.Message));
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, uri, relative);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", region.StartLine);
        json.WriteNumber("startColumn", region.StartColumn);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", region.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (suppression.Reason != null) json.WriteString("justification", suppression.Reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, ReportPaths.Fingerprint(report, diagnostic, _repositoryRoot));
        json.WriteEndObject();
        // With --baseline only findings it does not record are reported: each is new. Suppressed findings are kept
        // whatever the baseline says (dismissed either way), so they carry no baseline state.
        if (report.Baseline != null && !diagnostic.IsSuppressed) json.WriteString("baselineState", "new");

        json.WriteEndObject();
    }

    private static string RelativeUri(string relativePath) =>
        string.Join("/", relativePath.Split('/').Select(Uri.EscapeDataString));

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
