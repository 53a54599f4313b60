using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Reporting;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>
/// UG1006: a version, duration, date-time, time zone or time of day is malformed (reported by the binder); and a
/// <c>schedule.start</c> the calendar cannot hold: it, or the downtime from it, would fall after 9999-12-31.
/// </summary>
public sealed class MalformedValueRule : Rule
{
    public static readonly RuleDescriptor Descriptor = ManifestFindings.MalformedValue;

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var placement = context.Placement;
        var start = context.Manifest.Schedule?.Start;
        if (placement is null || start is null) return;
        string zone = placement.Zone is { } z ? $" in {z.Id}" : "";
        if (placement.Problem == PlacementProblem.StartPastCalendar)
        {
            context.Report(Descriptor, start.Span,
                $"'schedule.start' value '{start.Text}'{zone} falls after the end of the calendar (9999-12-31, in UTC and in the zone), so it cannot be placed in time; pick an earlier start");
        }
        else if (placement.Problem == PlacementProblem.DowntimePastCalendar)
        {
            context.Report(Descriptor, start.Span,
                $"'schedule.start' value '{start.Text}'{zone}: a downtime of {Wording.Duration(placement.Length!.Value)} from it ({placement.LengthBasis}) would end after year 9999, past the end of the calendar; pick an earlier start");
        }
    }
}
