using System.Collections.Generic;
using NodaTime;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Planning.Runbooks;

namespace UpgradeGuard.Core.Reporting.Runbooks;

/// <summary>
/// The phrases every runbook format shares, so text, markdown and YAML say the same thing with the same numbers. Counts,
/// durations, times and business hours are the plan's wording (<see cref="Wording"/>), as rules and the hover write them.
/// </summary>
internal static class RunbookWording
{
    /// <summary><c>Parallels Secure Workspace 5.3.2 -> 5.6.0 for 3 appliances</c>.</summary>
    public static string Headline(Runbook runbook) =>
        $"{runbook.Product!.Name} {runbook.From} -> {runbook.To} for {Wording.Appliances(runbook.Nodes)}" + (runbook.IsSideBySide ? ", side-by-side" : "");

    /// <summary><c>5.3.2 -> 5.3.3 -> 5.4.4 (2 hops)</c>.</summary>
    public static string Path(Runbook runbook) => $"{runbook.Path!.Describe()} ({Wording.Count(runbook.Hops.Count, "hop")})";

    public static string Database(Runbook runbook) =>
        runbook.Database is { } db ? $"external {db.Display}" + (db.Host != null ? $" on {db.Host}" : "") : "embedded";

    public static string HopEstimate(RunbookHop hop) => $"est. {Wording.Minutes(hop.EstimateMinutes)}: {Wording.PerAppliance(hop.MinutesPerAppliance, hop.Nodes)}";

    public static string TotalEstimate(Runbook runbook) => $"est. {Wording.Minutes(runbook.EstimateMinutes)}: {Wording.PerAppliance(runbook.MinutesPerAppliance, runbook.Nodes)}";

    /// <summary>Whether the downtime meets business hours, and from when: the words of UG5001 and the hover.</summary>
    public static string BusinessHoursVerdict(DowntimeOnCalendar downtime) => downtime.OverlapsBusinessHours
        ? $"the downtime {Wording.BusinessHoursOverlap(downtime)}"
        : $"the downtime {Wording.OutsideBusinessHours(downtime)}";

    /// <summary>The booked window against the estimate, or null without a window.</summary>
    public static string? BookedWindow(Runbook runbook)
    {
        if (runbook.Downtime?.BookedWindow is not Duration window) return null;
        long booked = (long)window.TotalMinutes;
        return booked >= runbook.EstimateMinutes
            ? $"booked window {Wording.Minutes(booked)} covers the estimate of {runbook.EstimateMinutes} min, until {Wording.Local(runbook.Downtime.BookedEnd!.Value, runbook.Downtime.Zone)}"
            : $"booked window {Wording.Minutes(booked)} is shorter than the estimate of {runbook.EstimateMinutes} min: book at least {Wording.Minutes(runbook.EstimateMinutes)}";
    }

    public const string SideBySideStrategy =
        "side-by-side: a new environment is deployed next to the original one, upgraded, and traffic is switched to it (guide, \"High availability\", from 5.3 on)";

    public const string NotScheduled = "not scheduled: there is always downtime, even with several appliances; pick a start outside business hours";

    public static IEnumerable<string> Rollback(Runbook runbook)
    {
        if (runbook.SideBySide != null)
        {
            yield return "Until traffic is switched, the original appliances are untouched and users keep working on them: a failed upgrade of the new environment costs users nothing.";
            yield return "After the switch, pointing DNS, firewall and load balancer back at the original appliances undoes it, as long as they are shut down and not yet decommissioned; what users did on the new environment meanwhile is not on the original one.";
            yield break;
        }
        string appliances = Wording.EveryAppliance(runbook.Nodes);
        string database = runbook.Database != null ? " and the backup of the external database" : "";
        yield return $"Each hop starts from the snapshots of {appliances}{database} taken just before it: they are the restore point of that hop.";
        yield return "If an upgrade fails, follow the last note of \"On the day\": support first, with the logs; the snapshots are the last resort.";
    }

}
