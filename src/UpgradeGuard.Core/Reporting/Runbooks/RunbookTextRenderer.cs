using System.Text;
using UpgradeGuard.Core.Planning.Runbooks;

namespace UpgradeGuard.Core.Reporting.Runbooks;

/// <summary>The runbook for people at a terminal: path, hops with estimates and steps, total, schedule, warnings.</summary>
public static class RunbookTextRenderer
{
    public static string Render(Runbook runbook)
    {
        var text = new StringBuilder();
        text.Append("Upgrade plan").Append(runbook.Name != null ? $" for {runbook.Name}" : "").Append(": ").Append(RunbookWording.Headline(runbook)).Append('\n');
        text.Append("Supported path: ").Append(RunbookWording.Path(runbook)).Append('\n');
        text.Append("Database: ").Append(RunbookWording.Database(runbook)).Append('\n');
        foreach (var hop in runbook.Hops)
        {
            text.Append('\n');
            text.Append($"Hop {hop.Number} of {runbook.Hops.Count}: {hop.From} -> {hop.To}, {RunbookWording.HopEstimate(hop)}").Append(hop.SupportAssisted ? " (support-assisted)" : "").Append('\n');
            foreach (var note in hop.Notes) text.Append("  note: ").Append(note).Append('\n');
            int number = 1;
            foreach (var step in hop.Steps) text.Append($"  {number++}. ").Append(step.Description).Append('\n');
        }
        text.Append('\n');
        text.Append("Total downtime: ").Append(RunbookWording.TotalEstimate(runbook)).Append('\n');
        var downtime = runbook.Downtime;
        if (downtime is null)
        {
            text.Append("Schedule: ").Append(RunbookWording.NotScheduled).Append('\n');
        }
        else
        {
            text.Append($"Schedule: {RunbookWording.Local(downtime.Start, downtime.Zone)} to {RunbookWording.Local(downtime.EstimatedEnd, downtime.Zone)} {downtime.Zone.Id} ")
                .Append($"({RunbookWording.Utc(downtime.Start)} to {RunbookWording.Utc(downtime.EstimatedEnd)})").Append('\n');
            if (RunbookWording.BookedWindow(runbook) is { } window) text.Append("Window: ").Append(window).Append('\n');
            text.Append("Business hours: ").Append(RunbookWording.BusinessHoursVerdict(downtime)).Append('\n');
        }
        if (runbook.Warnings.Count > 0)
        {
            text.Append('\n').Append("Warnings:").Append('\n');
            foreach (var warning in runbook.Warnings) text.Append("  - ").Append(warning).Append('\n');
        }
        return text.ToString();
    }
}
