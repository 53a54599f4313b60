using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Schedule;

/// <summary>UG5004: <c>schedule.start</c> is skipped or repeated by a daylight-saving change in <c>timeZone</c>.</summary>
public sealed class NonexistentLocalTimeRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.NonexistentLocalTime, "Start time skipped or repeated by DST", Severity.Error, RuleCategories.Schedule,
        "schedule.start names a local time that does not exist (clocks jump forward over it) or that happens twice (clocks go back) in schedule.timeZone, so the start is not one moment.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var placement = context.Placement;
        var start = context.Manifest.Schedule?.Start;
        if (placement?.Mapping is null || start is null || placement.Zone is null) return;
        if (placement.Problem != PlacementProblem.SkippedLocalTime && placement.Problem != PlacementProblem.AmbiguousLocalTime) return;
        if (Wording.DaylightSavingChange(start.Text, placement.Zone, placement.Mapping) is { } explanation)
        {
            context.Report(Descriptor, start.Span, explanation);
        }
    }
}
