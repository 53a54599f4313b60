using System.Collections.Generic;
using System.IO;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Planning.Runbooks;

namespace UpgradeGuard.Core.Reporting.Runbooks;

/// <summary>A runbook in a few lines, for places with little room: a calendar event's summary and description.</summary>
public static class RunbookSummary
{
    /// <summary><c>prod-emea: 5.3.2 -> 5.6.0, 4 hops</c>; the cluster is <c>metadata.name</c>, else the manifest's file name.</summary>
    public static string Title(Runbook runbook) =>
        $"{ClusterName(runbook)}: {runbook.From} -> {runbook.To}, {Wording.Count(runbook.Hops.Count, "hop")}" +
        (runbook.IsSideBySide ? ", side-by-side" : "");

    /// <summary><c>metadata.name</c>, else the manifest's file name without <c>.upgrade.yaml</c>, else <c>cluster</c>.</summary>
    public static string ClusterName(Runbook runbook)
    {
        if (runbook.Name != null) return runbook.Name;
        if (runbook.ManifestPath is null) return "cluster";
        var file = Path.GetFileName(runbook.ManifestPath.Replace('\\', '/'));
        foreach (var suffix in new[] { ".upgrade.yaml", ".upgrade.yml" })
        {
            if (file.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase)) return file.Substring(0, file.Length - suffix.Length);
        }
        return file;
    }

    /// <summary>The runbook's summary: what, the path, the estimate, the calendar, the warnings; lines without their break.</summary>
    public static IReadOnlyList<string> Lines(Runbook runbook)
    {
        var lines = new List<string>
        {
            RunbookWording.Headline(runbook),
            "Supported path: " + RunbookWording.Path(runbook),
            "Database: " + RunbookWording.Database(runbook),
        };
        if (runbook.SideBySide is { } sideBySide)
        {
            lines.Add("Work on the new environment: " + RunbookWording.TotalEstimate(runbook));
            lines.Add("Users' downtime: " + sideBySide.UsersDowntime);
        }
        else
        {
            lines.Add("Total downtime: " + RunbookWording.TotalEstimate(runbook));
        }
        if (RunbookWording.BookedWindow(runbook) is { } window) lines.Add("Window: " + window);
        if (runbook.Downtime is { } downtime) lines.Add("Business hours: " + RunbookWording.BusinessHoursVerdict(downtime));
        foreach (var warning in runbook.Warnings) lines.Add("Warning: " + warning);
        if (runbook.ManifestPath != null) lines.Add($"Runbook: upgrade-guard plan {runbook.ManifestPath}");
        return lines;
    }
}
