using System.Collections.Generic;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Reporting;

/// <summary>A finding before it is bound to a file and configured: rule, span, message.</summary>
public readonly struct Finding
{
    public Finding(RuleDescriptor rule, SourceSpan span, string message)
    {
        Rule = rule;
        Span = span;
        Message = message;
    }

    public RuleDescriptor Rule { get; }
    public SourceSpan Span { get; }
    public string Message { get; }
}

/// <summary>Collects findings; a finding is kept once per rule and location.</summary>
public sealed class FindingSink
{
    private readonly List<Finding> _findings = new List<Finding>();
    private readonly HashSet<(string, int, int)> _seen = new HashSet<(string, int, int)>();

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>
    /// The findings as diagnostics of <paramref name="filePath"/>: severities applied (None drops a finding),
    /// suppressions honoured, sorted. Lines and columns are recomputed from the offsets over <paramref name="text"/>
    /// with one line map, so they agree with each other whatever the parser's own counting did at the end of input.
    /// Findings a comment suppresses go to <paramref name="suppressed"/> when given (marked with the comment), sorted.
    /// </summary>
    public List<Diagnostic> ToDiagnostics(string filePath, SeverityConfiguration severities, Suppressions suppressions, string? text, List<Diagnostic>? suppressed = null)
    {
        var diagnostics = new List<Diagnostic>(_findings.Count);
        var lines = text != null && _findings.Count > 0 ? new LineMap(text) : null;
        foreach (var finding in _findings)
        {
            var severity = severities.Effective(finding.Rule);
            var span = lines?.Normalize(finding.Span) ?? finding.Span;
            if (severity == Severity.None) continue;
            if (suppressions.IsSuppressed(finding.Rule.Id, span.StartLine))
            {
                suppressed?.Add(new Diagnostic(finding.Rule, filePath, span, finding.Message, severity, suppressions.Find(finding.Rule.Id, span.StartLine)));
                continue;
            }
            diagnostics.Add(new Diagnostic(finding.Rule, filePath, span, finding.Message, severity));
        }
        diagnostics.Sort(DiagnosticOrder.Instance);
        suppressed?.Sort(DiagnosticOrder.Instance);
        return diagnostics;
    }

    public void Report(RuleDescriptor rule, SourceSpan span, string message)
    {
        if (_seen.Add((rule.Id, span.StartOffset, span.EndOffset))) _findings.Add(new Finding(rule, span, message));
    }
}
