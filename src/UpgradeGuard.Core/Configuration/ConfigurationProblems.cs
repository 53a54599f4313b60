using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Rules.Tool;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Configuration;

/// <summary>
/// UG0002 in an .editorconfig or .globalconfig: a <c>dotnet_diagnostic.UGxxxx.severity</c> entry that names no rule
/// or gives no severity the compiler reads. Both are otherwise ignored, so the user believes a rule is off or raised
/// when it is not. Entries for other analyzers' ids are not ours to judge and are left alone.
/// </summary>
public static class ConfigurationProblems
{
    private const string DiagnosticPrefix = "dotnet_diagnostic.";
    private const string SeveritySuffix = ".severity";

    // As AnalyzerConfigFile (and Roslyn) read a property, with the positions of key and value.
    private static readonly Regex Property = new Regex(@"^(?<lead>\s*)(?<key>[\w\.\-]+)\s*[=:]\s*(?<value>.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The words the specification allows, for suggestions (<c>info</c> and <c>hidden</c> are still read, as before, and not reported).</summary>
    private static readonly string[] SeverityWords = { "none", "silent", "suggestion", "warning", "error", "default" };

    /// <summary>The problems of one configuration file's text, each located at its entry (key to value).</summary>
    public static IReadOnlyList<Finding> Find(string text)
    {
        var findings = new List<Finding>();
        if (text.IndexOf(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase) < 0) return findings;
        var lines = new LineMap(text);
        int start = 0;
        while (start <= text.Length)
        {
            int end = start;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r') end++;
            Check(text.Substring(start, end - start), start, lines, findings);
            if (end >= text.Length) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return findings;
    }

    /// <summary>
    /// The problems of one configuration file as diagnostics of <paramref name="displayPath"/>, at
    /// <paramref name="severity"/> (UG0002's severity as configured for the configuration file itself); none for None.
    /// </summary>
    public static List<Diagnostic> Diagnostics(string displayPath, string text, Severity severity) =>
        severity == Severity.None
            ? new List<Diagnostic>()
            : Find(text).Select(f => new Diagnostic(f.Rule, displayPath, f.Span, f.Message, severity)).ToList();

    private static void Check(string line, int lineOffset, LineMap lines, List<Finding> findings)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';' || trimmed[0] == '[') return;
        var match = Property.Match(line);
        if (!match.Success) return;
        var key = match.Groups["key"].Value;
        if (!key.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase)) return;
        if (key.Length < DiagnosticPrefix.Length + SeveritySuffix.Length) return;
        var id = key.Substring(DiagnosticPrefix.Length, key.Length - DiagnosticPrefix.Length - SeveritySuffix.Length);
        if (!id.StartsWith("UG", StringComparison.OrdinalIgnoreCase)) return;

        var value = match.Groups["value"];
        int from = lineOffset + match.Groups["key"].Index;
        int to = value.Length > 0 ? lineOffset + value.Index + value.Length : lineOffset + match.Groups["key"].Index + key.Length;
        var span = lines.Span(from, to);
        if (RuleRegistry.Find(id.ToUpperInvariant()) is null)
        {
            var nearest = RuleRegistry.NearestId(id);
            findings.Add(new Finding(InvalidSuppressionRule.Descriptor, span,
                $"'{key}' names no rule: {id} is not an UpgradeGuard rule id{(nearest is null ? "" : $" (did you mean {nearest}?)")}; the entry is ignored (see 'upgrade-guard rules')"));
            return;
        }
        if (!SeverityConfiguration.TryParse(value.Value, out _))
        {
            var nearest = value.Length == 0 ? null : Suggestions.Nearest(value.Value, SeverityWords);
            var what = value.Length == 0 ? "gives no severity" : $"gives the severity '{value.Value}', which is not one";
            findings.Add(new Finding(InvalidSuppressionRule.Descriptor, span,
                $"'{key}' {what}{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}; use none, silent, suggestion, warning, error or default: the entry is ignored and {id.ToUpperInvariant()} keeps its severity"));
        }
    }
}
