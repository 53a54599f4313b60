using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Schedule;

/// <summary>UG5001: an in-place upgrade's downtime overlaps business hours.</summary>
public sealed class DowntimeInBusinessHoursRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.DowntimeInBusinessHours, "Downtime during business hours", Severity.Warning, RuleCategories.Schedule,
        "There is always service disruption, even with several nodes, so upgrade outside business hours. The downtime runs from schedule.start for the longer of schedule.window and the estimate; the message gives the first overlapping local time.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var schedule = context.Manifest.Schedule;
        var upgrade = context.Manifest.Upgrade;
        // The plan has the downtime on the calendar (a start too late for it is UG1006 instead).
        var downtime = context.Downtime;
        if (schedule is null || downtime is null || upgrade is null || upgrade.IsSideBySide) return;
        if (upgrade.Strategy is { IsValid: false } || schedule.HasInvalidBusinessHours || schedule.Window is { IsValid: false }) return;
        if (!downtime.OverlapsBusinessHours) return;
        var zone = downtime.Zone;
        context.Report(Descriptor, schedule.Start!.Span,
            $"the downtime from {Wording.Local(downtime.Start, zone)} to {Wording.Local(downtime.End, zone)} ({zone.Id}; {Wording.Duration(downtime.Length)}, {downtime.LengthBasis}) {Wording.BusinessHoursOverlap(downtime)}");
    }
}
