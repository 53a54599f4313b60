using UpgradeGuard.Core.Manifests;
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
        var placement = context.Placement;
        var upgrade = context.Manifest.Upgrade;
        if (schedule is null || placement is null || !placement.IsPlaced || upgrade is null || upgrade.IsSideBySide) return;
        if (upgrade.Strategy is { IsValid: false } || schedule.HasInvalidBusinessHours || schedule.Window is { IsValid: false }) return;
        // The placement has the downtime on the calendar (a start too late for it is UG1006 instead).
        if (placement.Length is not { } length || placement.End is not { } end) return;
        var basis = placement.LengthBasis;
        var zone = placement.Zone!;
        var overlap = BusinessHours.From(schedule).FirstOverlap(placement.Start, end, zone);
        if (overlap is null) return;
        context.Report(Descriptor, schedule.Start!.Span,
            $"the downtime from {ScheduleText.Local(placement.Start, zone)} to {ScheduleText.Local(end, zone)} ({ScheduleText.ZoneName(zone)}; {ValueParsers.FormatDuration(length)}, {basis}) overlaps business hours from {ScheduleText.Local(overlap.Value, zone)}; users cannot work during an upgrade: move the start so the downtime ends before business hours");
    }
}
