using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>
/// UG1006 at the end of the calendar: a <c>schedule.start</c> that it, or the downtime from it, would place after
/// 9999-12-31. The binder reports the malformed values of UG1006 (<see cref="ManifestFindings.MalformedValue"/>); this
/// case needs the estimate and the schedule's placement (Planning), which the binder below it cannot see, so it is a
/// rule reporting the binder's descriptor.
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
