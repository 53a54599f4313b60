using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Rules.Tool;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Reporting;

/// <summary>Turns a file's findings into its diagnostics: severities, suppressions, UG0003, order.</summary>
public static class FindingReport
{
    /// <summary>
    /// The findings as diagnostics of <paramref name="filePath"/>: severities applied (None drops a finding),
    /// suppressions honoured, sorted. Lines and columns are recomputed from the offsets over <paramref name="text"/>
    /// with one line map, so they agree with each other whatever the parser's own counting did at the end of input.
    /// With <paramref name="checkSuppressions"/> (a manifest), the comments that cannot be read are reported (UG0002),
    /// and so are those that suppressed nothing (UG0003).
    /// Findings a comment suppresses go to <paramref name="suppressed"/> when given (marked with the comment), sorted;
    /// they still mark their comment as used.
    /// </summary>
    public static List<Diagnostic> ToDiagnostics(this FindingSink sink, string filePath, SeverityConfiguration severities, Suppressions suppressions, string? text, List<Diagnostic>? suppressed = null, bool checkSuppressions = false)
    {
        var diagnostics = new List<Diagnostic>(sink.Findings.Count);
        IReadOnlyList<Finding> all = checkSuppressions ? sink.Findings.Concat(suppressions.Problems).ToList() : sink.Findings;
        var lines = text != null && all.Count > 0 ? new LineMap(text) : null;
        foreach (var finding in all)
        {
            var span = lines?.Normalize(finding.Span) ?? finding.Span;
            // A finding counts as suppressed whatever its configured severity: the comment still matters when the rule is on.
            bool isSuppressed = suppressions.Suppress(finding.Rule.Id, span.StartLine);
            var severity = severities.Effective(finding.Rule);
            if (severity == Severity.None) continue;
            if (isSuppressed)
            {
                suppressed?.Add(new Diagnostic(finding.Rule, filePath, span, finding.Message, severity, suppressions.Find(finding.Rule.Id, span.StartLine)));
                continue;
            }
            diagnostics.Add(new Diagnostic(finding.Rule, filePath, span, finding.Message, severity));
        }
        if (checkSuppressions && !sink.Findings.Any(f => UnusedSuppressionRule.SwitchOffOtherChecks.Contains(f.Rule.Id)))
        {
            foreach (var (directive, unused) in UnusedSuppressions(suppressions))
            {
                var severity = severities.Effective(unused.Rule);
                // A directive with no id does not hide its own UG0003 (it could never be reported); one naming UG0003 does.
                if (severity == Severity.None) continue;
                var hiding = suppressions.Directives
                    .Where(d => d.Covers(unused.Rule.Id, unused.Span.StartLine) && (d != directive || d.Ids != null))
                    .OrderBy(d => d.Kind == SuppressionKind.File ? 1 : 0)
                    .FirstOrDefault();
                if (hiding != null)
                {
                    suppressed?.Add(new Diagnostic(unused.Rule, filePath, unused.Span, unused.Message, severity, hiding.Applied));
                    continue;
                }
                diagnostics.Add(new Diagnostic(unused.Rule, filePath, unused.Span, unused.Message, severity));
            }
        }
        diagnostics.Sort(DiagnosticOrder.Instance);
        suppressed?.Sort(DiagnosticOrder.Instance);
        return diagnostics;
    }

    /// <summary>UG0003 for each directive that suppressed nothing (a directive naming UG0003 is about other comments, never itself unused for it).</summary>
    private static IEnumerable<(SuppressionDirective, Finding)> UnusedSuppressions(Suppressions suppressions)
    {
        foreach (var directive in suppressions.Directives)
        {
            string where = directive.Kind == SuppressionKind.File ? "in this file" : $"on line {directive.TargetLine}";
            if (directive.Ids is null)
            {
                if (!directive.WasUsed)
                {
                    yield return (directive, new Finding(UnusedSuppressionRule.Descriptor, directive.CommentSpan,
                        $"'{directive.KindName}' suppresses nothing: no rule reports a finding {where}; remove the comment"));
                }
                continue;
            }
            var unused = directive.UnusedIds.Where(id => id != RuleIds.UnusedSuppression).ToList();
            if (unused.Count == 0) continue;
            bool all = unused.Count == directive.Ids.Count(id => id != RuleIds.UnusedSuppression) && !directive.WasUsed;
            var names = string.Join(", ", unused);
            yield return (directive, new Finding(UnusedSuppressionRule.Descriptor, directive.CommentSpan, all
                ? $"'{directive.KindName} {names}' suppresses nothing: no {names} finding {where}; remove the comment"
                : $"{names} in this '{directive.KindName}' suppresses nothing: no {names} finding {where}; remove {(unused.Count == 1 ? "that id" : "those ids")}"));
        }
    }

}
