using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Planning.Runbooks;
using UpgradeGuard.Core.Rules.Schedule;

namespace UpgradeGuard.Core.Reporting.Runbooks;

/// <summary>The phrases every runbook format shares, so text, markdown and YAML say the same thing with the same numbers.</summary>
internal static class RunbookWording
{
    private static readonly LocalDateTimePattern UtcPattern = LocalDateTimePattern.Create("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern ShortPattern = LocalDateTimePattern.Create("ddd HH:mm", CultureInfo.InvariantCulture);

    public static string Appliances(int nodes) => nodes == 1 ? "1 appliance" : $"{nodes} appliances";

    /// <summary><c>Parallels Secure Workspace 5.3.2 -> 5.6.0 for 3 appliances</c>.</summary>
    public static string Headline(Runbook runbook) =>
        $"{runbook.Product!.Name} {runbook.From} -> {runbook.To} for {Appliances(runbook.Nodes)}" + (runbook.IsSideBySide ? ", side-by-side" : "");

    /// <summary><c>5.3.2 -> 5.3.3 -> 5.4.4 (2 hops)</c>.</summary>
    public static string Path(Runbook runbook) =>
        $"{runbook.Path!.Describe()} ({(runbook.Hops.Count == 1 ? "1 hop" : $"{runbook.Hops.Count} hops")})";

    public static string Database(Runbook runbook) =>
        runbook.Database is { } db ? $"external {db.Display}" + (db.Host != null ? $" on {db.Host}" : "") : "embedded";

    /// <summary><c>45 min</c> or <c>5h15m (315 min)</c>.</summary>
    public static string Minutes(long minutes) => ValueParsers.FormatMinutes(minutes);

    /// <summary><c>15 min per appliance x 3 appliances</c>.</summary>
    public static string PerAppliance(int minutesPerAppliance, int nodes) => $"{minutesPerAppliance} min per appliance x {Appliances(nodes)}";

    public static string HopEstimate(RunbookHop hop) => $"est. {Minutes(hop.Minutes)}: {PerAppliance(hop.MinutesPerAppliance, hop.Nodes)}";

    public static string TotalEstimate(Runbook runbook) => $"est. {Minutes(runbook.TotalMinutes)}: {PerAppliance(runbook.MinutesPerAppliance, runbook.Nodes)}";

    /// <summary><c>Sat 2026-12-05 22:00</c> in the zone.</summary>
    public static string Local(Instant instant, DateTimeZone zone) => ScheduleText.Local(instant, zone);

    /// <summary><c>Sat 22:00</c> in the zone.</summary>
    public static string ShortLocal(Instant instant, DateTimeZone zone) => ShortPattern.Format(instant.InZone(zone).LocalDateTime);

    /// <summary><c>2026-12-05 21:00 UTC</c>.</summary>
    public static string Utc(Instant instant) => UtcPattern.Format(instant.InUtc().LocalDateTime) + " UTC";

    /// <summary><c>Sat 2026-12-05 22:00 Europe/Brussels (2026-12-05 21:00 UTC)</c>.</summary>
    public static string Moment(Instant instant, DateTimeZone zone) => $"{Local(instant, zone)} {zone.Id} ({Utc(instant)})";

    /// <summary><c>Mon-Fri 08:00-18:00 Europe/Brussels</c>, with holidays when there are some.</summary>
    public static string BusinessHours(BusinessHours hours, DateTimeZone zone) => ScheduleText.BusinessHours(hours, zone);

    /// <summary>Whether the downtime meets business hours, and from when.</summary>
    public static string BusinessHoursVerdict(DowntimeOnCalendar downtime) => downtime.FirstBusinessOverlap is Instant overlap
        ? $"the downtime overlaps business hours ({BusinessHours(downtime.BusinessHours, downtime.Zone)}) from {Local(overlap, downtime.Zone)}: users cannot work during an upgrade; move the start so the downtime ends before business hours"
        : $"the downtime is outside business hours ({BusinessHours(downtime.BusinessHours, downtime.Zone)})";

    /// <summary>The booked window against the estimate, or null without a window.</summary>
    public static string? BookedWindow(Runbook runbook)
    {
        if (runbook.Downtime?.BookedWindow is not Duration window) return null;
        long booked = (long)window.TotalMinutes;
        return booked >= runbook.TotalMinutes
            ? $"booked window {Minutes(booked)} covers the estimate of {runbook.TotalMinutes} min, until {Local(runbook.Downtime.BookedEnd!.Value, runbook.Downtime.Zone)}"
            : $"booked window {Minutes(booked)} is shorter than the estimate of {runbook.TotalMinutes} min: book at least {Minutes(runbook.TotalMinutes)}";
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
        string appliances = RunbookBuilder.EveryAppliance(runbook.Nodes);
        string database = runbook.Database != null ? " and the backup of the external database" : "";
        yield return $"Each hop starts from the snapshots of {appliances}{database} taken just before it: they are the restore point of that hop.";
        yield return "If an upgrade fails, follow the last note of \"On the day\": support first, with the logs; the snapshots are the last resort.";
    }

}
