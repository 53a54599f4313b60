using System.Text;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Planning.Runbooks;

namespace UpgradeGuard.Core.Reporting.Runbooks;

/// <summary>The runbook for people at a terminal: path, hops (or the side-by-side stages) with estimates and steps, total, schedule, the guide's notes, warnings.</summary>
public static class RunbookTextRenderer
{
    public static string Render(Runbook runbook)
    {
        var text = new StringBuilder();
        text.Append("Upgrade plan").Append(runbook.Name != null ? $" for {runbook.Name}" : "").Append(": ").Append(RunbookWording.Headline(runbook)).Append('\n');
        text.Append("Supported path: ").Append(RunbookWording.Path(runbook)).Append('\n');
        text.Append("Database: ").Append(RunbookWording.Database(runbook)).Append('\n');
        var sideBySide = runbook.SideBySide;
        if (sideBySide is null)
        {
            foreach (var hop in runbook.Hops) Hop(text, runbook, hop, "");
            text.Append('\n');
            text.Append("Total downtime: ").Append(RunbookWording.TotalEstimate(runbook)).Append('\n');
        }
        else
        {
            text.Append("Strategy: ").Append(RunbookWording.SideBySideStrategy).Append('\n');
            foreach (var stage in sideBySide.Stages)
            {
                text.Append('\n');
                text.Append($"Stage {stage.Number} of {sideBySide.Stages.Count}: {stage.Title} ({stage.Citation})").Append('\n');
                foreach (var detail in stage.Details) text.Append("  - ").Append(detail).Append('\n');
                if (!stage.HoldsHops) continue;
                foreach (var hop in runbook.Hops) Hop(text, runbook, hop, "  ");
            }
            text.Append('\n');
            text.Append("Work on the new environment: ").Append(RunbookWording.TotalEstimate(runbook)).Append('\n');
            text.Append("Users' downtime: ").Append(sideBySide.UsersDowntime).Append('\n');
            text.Append("Data lost: ").Append(sideBySide.DataLoss).Append('\n');
        }
        var downtime = runbook.Downtime;
        if (downtime is null)
        {
            text.Append("Schedule: ").Append(RunbookWording.NotScheduled).Append('\n');
        }
        else
        {
            text.Append($"Schedule: {Wording.Local(downtime.Start, downtime.Zone)} to {Wording.Local(downtime.EstimatedEnd!.Value, downtime.Zone)} {downtime.Zone.Id} ")
                .Append($"({Wording.Utc(downtime.Start)} to {Wording.Utc(downtime.EstimatedEnd!.Value)})").Append('\n');
            if (RunbookWording.BookedWindow(runbook) is { } window) text.Append("Window: ").Append(window).Append('\n');
            text.Append("Business hours: ").Append(RunbookWording.BusinessHoursVerdict(downtime)).Append('\n');
        }
        if (runbook.DayNotes.Count > 0)
        {
            text.Append('\n').Append("On the day:").Append('\n');
            foreach (var note in runbook.DayNotes) text.Append("  - ").Append(note).Append('\n');
        }
        if (runbook.Warnings.Count > 0)
        {
            text.Append('\n').Append("Warnings:").Append('\n');
            foreach (var warning in runbook.Warnings) text.Append("  - ").Append(warning).Append('\n');
        }
        return text.ToString();
    }

    private static void Hop(StringBuilder text, Runbook runbook, RunbookHop hop, string indent)
    {
        text.Append('\n');
        text.Append(indent).Append($"Hop {hop.Number} of {runbook.Hops.Count}: {hop.From} -> {hop.To}, {RunbookWording.HopEstimate(hop)}").Append(hop.SupportAssisted ? " (support-assisted)" : "").Append('\n');
        foreach (var note in hop.Notes) text.Append(indent).Append("  note: ").Append(note).Append('\n');
        int number = 1;
        foreach (var step in hop.Steps) text.Append(indent).Append($"  {number++}. ").Append(step.Description).Append('\n');
    }
}
