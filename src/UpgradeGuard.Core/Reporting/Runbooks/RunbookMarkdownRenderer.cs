using System.Linq;
using System.Text;
using NodaTime;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Planning.Runbooks;

namespace UpgradeGuard.Core.Reporting.Runbooks;

/// <summary>The runbook for a change ticket: a summary table, a checklist per hop, the rollback, the timing of each hop.</summary>
public static class RunbookMarkdownRenderer
{
    public static string Render(Runbook runbook)
    {
        var md = new StringBuilder();
        var downtime = runbook.Downtime;
        md.Append("# Upgrade runbook").Append(runbook.Name != null ? $": {runbook.Name}" : "").Append("\n\n");
        md.Append(RunbookWording.Headline(runbook)).Append(".\n\n");
        md.Append("| Item | Value |\n|---|---|\n");
        Row(md, "Current version", runbook.From.ToString());
        Row(md, "Target version", runbook.To.ToString());
        Row(md, "Supported path", RunbookWording.Path(runbook));
        Row(md, "Appliances", runbook.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(md, "Database", RunbookWording.Database(runbook));
        Row(md, runbook.IsSideBySide ? "Estimated work on the new environment" : "Estimated downtime", RunbookWording.TotalEstimate(runbook).Substring("est. ".Length));
        if (runbook.IsSideBySide) Row(md, "Users' downtime", "the traffic switch (DNS, firewall, load balancer)");
        if (downtime is null)
        {
            Row(md, "Schedule", RunbookWording.NotScheduled);
        }
        else
        {
            Row(md, "Start", Wording.Moment(downtime.Start, downtime.Zone));
            Row(md, "Estimated end", Wording.Moment(downtime.EstimatedEnd!.Value, downtime.Zone));
            if (RunbookWording.BookedWindow(runbook) is { } window) Row(md, "Window", window);
            Row(md, "Business hours", RunbookWording.BusinessHoursVerdict(downtime));
        }
        if (runbook.Warnings.Count > 0)
        {
            md.Append("\n## Warnings\n\n");
            foreach (var warning in runbook.Warnings) md.Append("- ").Append(Escape(warning)).Append('\n');
        }

        var sideBySide = runbook.SideBySide;
        if (sideBySide is null)
        {
            md.Append("\n## Before the window\n\n");
            string when = downtime is null ? "" : $" from {Wording.Local(downtime.Start, downtime.Zone)} to {Wording.Local(downtime.End, downtime.Zone)} {downtime.Zone.Id}";
            md.Append($"- [ ] Tell users that the workspace is unavailable{when}: there is always downtime, even with several appliances\n");
            md.Append($"- [ ] Read the release notes of {string.Join(", ", runbook.Hops.Select(h => h.To))}\n");
            if (runbook.Hops.Any(h => h.SupportAssisted)) md.Append("- [ ] Open a case with Parallels support: the path has support-assisted hops\n");
            foreach (var hop in runbook.Hops) Hop(md, runbook, hop, "##");
        }
        else
        {
            md.Append("\n## Side-by-side\n\n");
            md.Append("- ").Append(Escape(Capitalized(RunbookWording.SideBySideStrategy))).Append('\n');
            md.Append("- Users' downtime: ").Append(Escape(sideBySide.UsersDowntime)).Append('\n');
            md.Append("- Data lost: ").Append(Escape(sideBySide.DataLoss)).Append('\n');
            md.Append($"- [ ] Read the release notes of {string.Join(", ", runbook.Hops.Select(h => h.To))}\n");
            if (runbook.Hops.Any(h => h.SupportAssisted)) md.Append("- [ ] Open a case with Parallels support: the path has support-assisted hops\n");
            foreach (var stage in sideBySide.Stages)
            {
                md.Append($"\n## Stage {stage.Number} of {sideBySide.Stages.Count}: {Escape(stage.Title)}\n\n");
                md.Append("_").Append(Escape(Capitalized(stage.Citation))).Append("_\n\n");
                md.Append("- [ ] ").Append(Escape(Capitalized(stage.Title))).Append('\n');
                foreach (var detail in stage.Details) md.Append("  - ").Append(Escape(Capitalized(detail))).Append('\n');
                if (!stage.HoldsHops) continue;
                foreach (var hop in runbook.Hops) Hop(md, runbook, hop, "###");
            }
        }

        if (runbook.DayNotes.Count > 0)
        {
            md.Append("\n## On the day\n\n");
            foreach (var note in runbook.DayNotes) md.Append("- ").Append(Escape(note.Text)).Append(" _(").Append(Escape(note.Citation)).Append(")_\n");
        }

        md.Append("\n## Rollback\n\n");
        foreach (var line in RunbookWording.Rollback(runbook)) md.Append("- ").Append(line).Append('\n');

        md.Append("\n## Timing\n\n");
        md.Append(downtime is null ? "| Hop | Upgrade | Estimate | From | To |\n" : $"| Hop | Upgrade | Estimate | Start ({downtime.Zone.Id}) | End ({downtime.Zone.Id}) |\n");
        md.Append("|---|---|---|---|---|\n");
        foreach (var hop in runbook.Hops)
        {
            long end = hop.OffsetMinutes + hop.EstimateMinutes;
            md.Append($"| {hop.Number} | {hop.From} -> {hop.To} | {hop.EstimateMinutes} min | {At(downtime, hop.OffsetMinutes)} | {At(downtime, end)} |\n");
        }
        md.Append($"| Total | {runbook.From} -> {runbook.To} | {runbook.EstimateMinutes} min | {At(downtime, 0)} | {At(downtime, runbook.EstimateMinutes)} |\n");
        return md.ToString();
    }

    private static void Hop(StringBuilder md, Runbook runbook, RunbookHop hop, string heading)
    {
        md.Append($"\n{heading} Hop {hop.Number} of {runbook.Hops.Count}: {hop.From} -> {hop.To} ({RunbookWording.HopEstimate(hop)})\n\n");
        if (hop.Notes.Count > 0) md.Append(string.Join("\n>\n", hop.Notes.Select(note => "> " + Escape(note)))).Append("\n\n");
        foreach (var step in hop.Steps) md.Append("- [ ] ").Append(Capitalized(Escape(step.Description))).Append('\n');
        md.Append($"- [ ] Check that System Settings shows {hop.To} on every {(runbook.IsSideBySide ? "new " : "")}appliance{(runbook.IsSideBySide ? "" : " and that users can log in")}\n");
    }

    private static string At(DowntimeOnCalendar? downtime, long minutes) =>
        downtime is null ? $"T+{minutes} min" : Wording.ShortLocal(downtime.Start + Duration.FromMinutes(minutes), downtime.Zone);

    private static void Row(StringBuilder md, string item, string value) => md.Append("| ").Append(item).Append(" | ").Append(Escape(value)).Append(" |\n");

    /// <summary>Keeps table cells and list items whole: a pipe would end a cell.</summary>
    private static string Escape(string text) => text.Replace("|", "\\|");

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
