using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Output;

namespace UpgradeGuard.Cli.Baselines;

/// <summary>
/// The baseline file (docs/baseline.md): <c>{"version":1,"tool":"upgrade-guard","findings":[{"file","rule","keyPath",
/// "content","occurrence","fingerprint"}]}</c>, sorted by file, rule, key path, content and occurrence, indented, with
/// '\n' line ends, so refreshing it gives a small, reviewable diff.
/// </summary>
public static class BaselineFile
{
    public const int Version = 1;
    /// <summary>Longer node texts are cut in the file (the fingerprint covers the whole text).</summary>
    public const int ContentLimit = 200;

    public static IReadOnlyList<BaselineEntry> EntriesOf(CheckReport report, string repositoryRoot) =>
        report.Diagnostics
            .Select(diagnostic =>
            {
                var path = ReportPaths.RepositoryRelative(report, diagnostic, repositoryRoot);
                var identity = report.IdentityOf(diagnostic);
                var content = identity.Content.Length > ContentLimit ? identity.Content.Substring(0, ContentLimit) + "…" : identity.Content;
                return new BaselineEntry(path, identity.RuleId, identity.KeyPath, content, identity.Occurrence, identity.Fingerprint(path));
            })
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.KeyPath, StringComparer.Ordinal)
            .ThenBy(e => e.Content, StringComparer.Ordinal)
            .ThenBy(e => e.Occurrence)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();

    public static void Write(IReadOnlyList<BaselineEntry> entries, Stream stream)
    {
        var options = JsonFormatter.WriterOptions;
        options.NewLine = "\n";
        using var json = new Utf8JsonWriter(stream, options);
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("tool", "upgrade-guard");
        json.WriteStartArray("findings");
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("file", entry.File);
            json.WriteString("rule", entry.Rule);
            json.WriteString("keyPath", entry.KeyPath);
            json.WriteString("content", entry.Content);
            json.WriteNumber("occurrence", entry.Occurrence);
            json.WriteString("fingerprint", entry.Fingerprint);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write(new[] { (byte)'\n' });
    }

    /// <summary>The entries of a baseline file, or null with <paramref name="error"/> saying what is wrong and where.</summary>
    public static IReadOnlyList<BaselineEntry>? Read(byte[] bytes, out string? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            error = $"it is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}); write it again with --write-baseline";
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                error = "it is not an upgrade-guard baseline (no \"version\"); write it with --write-baseline";
                return null;
            }
            if (!version.TryGetInt32(out var number) || number != Version)
            {
                error = $"its version {version.GetRawText()} is not supported (this upgrade-guard reads version {Version}); write it again with --write-baseline";
                return null;
            }
            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                error = "it has no \"findings\" list";
                return null;
            }
            var entries = new List<BaselineEntry>();
            int index = 0;
            foreach (var finding in findings.EnumerateArray())
            {
                if (finding.ValueKind != JsonValueKind.Object || !finding.TryGetProperty("fingerprint", out var fingerprint) || fingerprint.ValueKind != JsonValueKind.String)
                {
                    error = $"findings[{index}] has no \"fingerprint\" string";
                    return null;
                }
                entries.Add(new BaselineEntry(
                    Text(finding, "file"), Text(finding, "rule"), Text(finding, "keyPath"), Text(finding, "content"),
                    finding.TryGetProperty("occurrence", out var o) && o.TryGetInt32(out var n) ? n : 1,
                    fingerprint.GetString()!));
                index++;
            }
            return entries;
        }
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
