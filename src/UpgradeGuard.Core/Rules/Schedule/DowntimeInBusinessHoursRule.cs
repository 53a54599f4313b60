using System;
using NodaTime;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Reporting;

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
        var length = Downtime.Length(schedule, context.Plan?.EstimateMinutes, out string basis);
        if (length is null) return;
        var zone = placement.Zone!;
        Instant end;
        Instant? overlap;
        try
        {
            end = placement.Start + length.Value;
            overlap = BusinessHours.From(schedule).FirstOverlap(placement.Start, end, zone);
        }
        catch (Exception ex) when (ex is OverflowException || ex is ArgumentOutOfRangeException)
        {
            return; // a start at the edge of the calendar (year 9999): no business day can be computed after it
        }
        if (overlap is null) return;
        context.Report(Descriptor, schedule.Start!.Span,
            $"the downtime from {ScheduleText.Local(placement.Start, zone)} to {ScheduleText.Local(end, zone)} ({ScheduleText.ZoneName(zone)}; {ValueParsers.FormatDuration(length.Value)}, {basis}) overlaps business hours from {ScheduleText.Local(overlap.Value, zone)}; users cannot work during an upgrade: move the start so the downtime ends before business hours");
    }
}

/// <summary>The length of the downtime: the longer of the booked window and the estimate.</summary>
internal static class Downtime
{
    public static Duration? Length(ScheduleSection schedule, long? estimateMinutes, out string basis)
    {
        Duration? window = schedule.Window is { IsValid: true } w ? w.Value : (Duration?)null;
        Duration? estimate = estimateMinutes is long m ? Duration.FromMinutes(m) : (Duration?)null;
        if (window is null && estimate is null)
        {
            basis = "";
            return null;
        }
        if (estimate is null || (window != null && window.Value >= estimate.Value))
        {
            basis = "the booked window";
            return window;
        }
        basis = "the estimate";
        return estimate;
    }
}
