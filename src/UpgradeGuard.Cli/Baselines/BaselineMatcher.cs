using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Cli.Baselines;

/// <summary>Keeps the findings a baseline does not record, and lists the entries no finding matches any more.</summary>
public static class BaselineMatcher
{
    public static CheckReport Apply(CheckReport report, IReadOnlyList<BaselineEntry> baseline, string baselinePath, string repositoryRoot)
    {
        var recorded = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in baseline) recorded[entry.Fingerprint] = recorded.TryGetValue(entry.Fingerprint, out var n) ? n + 1 : 1;

        var fresh = new List<Diagnostic>();
        int matched = 0;
        foreach (var diagnostic in report.Diagnostics)
        {
            var fingerprint = ReportPaths.Fingerprint(report, diagnostic, repositoryRoot);
            if (recorded.TryGetValue(fingerprint, out var left) && left > 0)
            {
                recorded[fingerprint] = left - 1;
                matched++;
            }
            else
            {
                fresh.Add(diagnostic);
            }
        }

        // Only entries of files this run checked can be called fixed: checking one folder says nothing about the others.
        var checkedPaths = new HashSet<string>(report.CheckedFiles.Select(p => ReportPaths.RepositoryRelative(report, p, repositoryRoot)), StringComparer.Ordinal);
        var fixedEntries = new List<BaselineEntry>();
        foreach (var entry in baseline)
        {
            if (!checkedPaths.Contains(entry.File) || !recorded.TryGetValue(entry.Fingerprint, out var left) || left == 0) continue;
            recorded[entry.Fingerprint] = left - 1;
            fixedEntries.Add(entry);
        }
        return report.WithBaseline(fresh, new BaselineComparison(baselinePath, matched, fixedEntries));
    }
}
