using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core;
using UpgradeGuard.Core.Fixes;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Reporting.Runbooks;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Core.Text;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Tests.Fuzzing;

/// <summary>A broken promise on one input: which one (<see cref="Kind"/>) and what was seen.</summary>
public sealed record FuzzFinding(string Kind, string Detail)
{
    public override string ToString() => $"{Kind}: {Detail}";
}

/// <summary>
/// What the engine promises for any file, as the command line uses it: <c>check</c> (analysis never throws and never
/// ends in UG0001), <c>fix</c> (FixAll never throws; its result still parses, keeps every comment line of the input and
/// is a fixed point: fixing it again changes nothing; a file that does not parse is left alone) and <c>plan</c>
/// (a runbook is built, and rendered in every format when possible, without an exception).
/// </summary>
public static class FuzzOracle
{
    public const string FileName = "fuzz.upgrade.yaml";

    public static IReadOnlyList<FuzzFinding> Check(UpgradeGuardEngine engine, byte[] bytes)
    {
        var findings = new List<FuzzFinding>();
        AnalysisResult analysis;
        try
        {
            analysis = engine.Analyze(FileName, bytes);
        }
        catch (Exception ex)
        {
            findings.Add(new FuzzFinding("check threw", ex.ToString()));
            return findings;
        }
        AddInternalErrors(findings, "check", analysis);

        try
        {
            var runbook = Runbook.FromManifest(analysis);
            if (runbook.IsPossible)
            {
                foreach (var format in RunbookFormats.All) RunbookFormats.Render(runbook, format);
            }
        }
        catch (Exception ex)
        {
            findings.Add(new FuzzFinding("plan threw", ex.ToString()));
        }

        var text = ManifestSource.Decode(bytes, out _);
        if (text != null) CheckFix(engine, text, analysis, findings);
        return findings;
    }

    private static void CheckFix(UpgradeGuardEngine engine, string text, AnalysisResult analysis, List<FuzzFinding> findings)
    {
        FixAllResult fixedOnce, fixedTwice;
        try
        {
            fixedOnce = FixAll.Run(engine, FileName, text);
            fixedTwice = FixAll.Run(engine, FileName, fixedOnce.Text);
        }
        catch (Exception ex)
        {
            findings.Add(new FuzzFinding("fix threw", ex.ToString()));
            return;
        }
        if (!fixedOnce.Changed) return;
        AddInternalErrors(findings, "fix", fixedOnce.Final);
        if (!FixAll.IsFixable(analysis))
        {
            findings.Add(new FuzzFinding("fix changed a file that does not parse", string.Join(", ", fixedOnce.Applied)));
            return;
        }
        // A result with UG0001 is reported as such above, not once more as a broken file.
        if (!FixAll.IsFixable(fixedOnce.Final) && !fixedOnce.Final.Diagnostics.Any(d => d.Id == RuleIds.InternalError))
        {
            var why = fixedOnce.Final.Diagnostics.FirstOrDefault(d => d.Id == RuleIds.InvalidYaml)?.Message ?? "not an upgrade plan any more";
            findings.Add(new FuzzFinding("fix broke the file", $"{why}; fixes: {string.Join(", ", fixedOnce.Applied)}"));
            return;
        }
        var before = CommentLines(text);
        var kept = CommentLines(fixedOnce.Text).Where(before.Contains).ToList();
        if (!before.SequenceEqual(kept))
        {
            var lost = before.Where(line => !kept.Contains(line)).DefaultIfEmpty("(one of repeated lines, or the order)").First();
            findings.Add(new FuzzFinding("fix lost a comment", $"{lost.Trim()}; fixes: {string.Join(", ", fixedOnce.Applied)}"));
        }
        if (fixedTwice.Text != fixedOnce.Text)
        {
            findings.Add(new FuzzFinding("fix is not idempotent", $"the second run applied {string.Join(", ", fixedTwice.Applied)} after {string.Join(", ", fixedOnce.Applied)}"));
        }
    }

    private static void AddInternalErrors(List<FuzzFinding> findings, string command, AnalysisResult result)
    {
        foreach (var d in result.Diagnostics.Where(d => d.Id == RuleIds.InternalError))
        {
            findings.Add(new FuzzFinding($"{RuleIds.InternalError} in {command}", d.Message));
        }
    }

    /// <summary>The text of every comment line, as the engine breaks lines.</summary>
    public static List<string> CommentLines(string text)
    {
        var lines = new LineMap(text);
        return Enumerable.Range(1, lines.LineCount).Select(lines.LineText).Where(l => l.TrimStart().StartsWith("#", StringComparison.Ordinal)).ToList();
    }
}
