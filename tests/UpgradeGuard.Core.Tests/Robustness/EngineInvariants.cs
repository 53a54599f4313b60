using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using Xunit.Sdk;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Tests.Robustness;

/// <summary>
/// What every analysis must keep, whatever the input: no exception, no internal error (UG0001), only rule ids of
/// the registry, spans inside the text whose lines and columns agree with their offsets, UG1001 alone, sorted output.
/// </summary>
internal static class EngineInvariants
{
    public const string FileName = "fuzz.upgrade.yaml";

    private static readonly UpgradeGuardEngine Engine = new UpgradeGuardEngine();

    private static readonly HashSet<string> KnownIds = new HashSet<string>(RuleRegistry.Descriptors.Where(d => d != RuleRegistry.InternalError).Select(d => d.Id), StringComparer.Ordinal);

    public static AnalysisResult Analyze(string text, bool isExplicit = true)
    {
        var result = Run(() => Engine.Analyze(FileName, text, new AnalysisOptions { IsExplicit = isExplicit }), text);
        Check(result, text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        return result;
    }

    public static AnalysisResult Analyze(byte[] bytes)
    {
        var result = Run(() => Engine.Analyze(FileName, bytes), bytes.Length + " bytes");
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        // Lossy decoding has at least one character per invalid byte, so it bounds the UG1001 span as well.
        Check(result, Encoding.UTF8.GetString(bytes, start, bytes.Length - start));
        return result;
    }

    private static AnalysisResult Run(Func<AnalysisResult> analyze, string input)
    {
        try
        {
            return analyze();
        }
        catch (Exception ex)
        {
            throw new XunitException($"the engine threw {ex.GetType().Name}: {ex.Message}\ninput: {Excerpt(input)}\n{ex}");
        }
    }

    public static void Check(AnalysisResult result, string text)
    {
        var problems = new List<string>();
        // Lines break at CR, LF and CRLF only, as in the user's editor (never at NEL, LS or PS).
        var lineStarts = LineStarts(text);
        foreach (var d in result.Diagnostics)
        {
            var s = d.Span;
            string where = $"{d.Id} at {s} [{s.StartOffset},{s.EndOffset}] ({d.Message})";
            if (d.Id == RuleIds.InternalError) problems.Add($"internal error: {where}");
            else if (!KnownIds.Contains(d.Id)) problems.Add($"unknown rule id: {where}");
            if (string.IsNullOrWhiteSpace(d.Message)) problems.Add($"empty message: {where}");
            if (d.FilePath != FileName) problems.Add($"file path '{d.FilePath}': {where}");
            if (s.StartLine < 1 || s.StartColumn < 1 || s.EndLine < 1 || s.EndColumn < 1) problems.Add($"line or column below 1: {where}");
            if (s.EndLine < s.StartLine || (s.EndLine == s.StartLine && s.EndColumn < s.StartColumn)) problems.Add($"end before start: {where}");
            if (s.StartOffset < 0 || s.EndOffset < s.StartOffset || s.EndOffset > text.Length) problems.Add($"offsets outside the text of {text.Length} characters: {where}");
            else
            {
                var startAt = Position(lineStarts, s.StartOffset);
                var endAt = Position(lineStarts, s.EndOffset);
                if (startAt != (s.StartLine, s.StartColumn) || endAt != (s.EndLine, s.EndColumn))
                {
                    problems.Add($"offsets point at {startAt.Line}:{startAt.Column}-{endAt.Line}:{endAt.Column}, not at the lines and columns: {where}");
                }
            }
        }
        if (result.Diagnostics.Any(d => d.Id == "UG1001") && result.Diagnostics.Count != 1)
        {
            problems.Add("UG1001 is not alone: " + string.Join("; ", result.Diagnostics.Select(d => $"{d.Id} {d.Span}")));
        }
        for (int i = 1; i < result.Diagnostics.Count; i++)
        {
            if (DiagnosticOrder.Instance.Compare(result.Diagnostics[i - 1], result.Diagnostics[i]) > 0) problems.Add($"not sorted at {i}");
        }
        var duplicates = result.Diagnostics.GroupBy(d => (d.Id, d.Span.StartOffset, d.Span.EndOffset)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) problems.Add("reported twice at one location: " + string.Join(", ", duplicates));
        if (problems.Count > 0)
        {
            throw new XunitException(string.Join("\n", problems.Take(10)) + $"\ninput: {Excerpt(text)}");
        }
    }

    /// <summary>Line starts for CR, LF and CRLF line ends (the engine's LineMap and YamlDotNet agree on these).</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    /// <summary>The 1-based line and column of an offset, for CR, LF and CRLF line ends.</summary>
    public static (int Line, int Column) Position(string text, int offset) => Position(LineStarts(text), offset);

    private static (int Line, int Column) Position(List<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - lineStarts[index] + 1);
    }

    public static string Excerpt(string text)
    {
        var shown = text.Length > 600 ? text.Substring(0, 600) + $"... ({text.Length} characters)" : text;
        var sb = new StringBuilder("\"");
        foreach (char c in shown)
        {
            if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c == '"') sb.Append("\\\"");
            else if (c == '\\') sb.Append("\\\\");
            else if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>The valid manifests of testdata/ok, copied to the test output folder.</summary>
    public static IReadOnlyList<(string Name, string Text)> OkManifests { get; } = LoadOk();

    public static string TestDataDirectory => Path.Combine(AppContext.BaseDirectory, "testdata");

    public static IEnumerable<string> ManifestFiles(string folder) =>
        Directory.GetFiles(Path.Combine(TestDataDirectory, folder), "*.upgrade.yaml").OrderBy(p => p, StringComparer.Ordinal);

    private static IReadOnlyList<(string, string)> LoadOk()
    {
        var list = ManifestFiles("ok").Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToList();
        if (list.Count == 0) throw new InvalidOperationException($"no testdata/ok manifests under {TestDataDirectory}");
        return list;
    }
}
