using System.Linq;
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
        var local = start.Value.Local;
        var zone = placement.Zone;
        if (placement.Problem == PlacementProblem.SkippedLocalTime)
        {
            var before = placement.Mapping.EarlyInterval;
            var after = placement.Mapping.LateInterval;
            var jumpLocal = after.IsoLocalStart;
            var fromLocal = jumpLocal.PlusSeconds(-(after.WallOffset - before.WallOffset).Seconds);
            context.Report(Descriptor, start.Span,
                $"{start.Text} does not exist in {zone.Id}: clocks jump from {fromLocal:HH:mm} to {jumpLocal:HH:mm} on {local.Date:uuuu-MM-dd} (UTC{ScheduleText.Offset(before.WallOffset)} to UTC{ScheduleText.Offset(after.WallOffset)}); pick another time, or write an offset");
        }
        else if (placement.Problem == PlacementProblem.AmbiguousLocalTime)
        {
            var first = placement.Mapping.First();
            var last = placement.Mapping.Last();
            context.Report(Descriptor, start.Span,
                $"{start.Text} happens twice in {zone.Id} (at UTC{ScheduleText.Offset(first.Offset)} and again at UTC{ScheduleText.Offset(last.Offset)}, when clocks go back); write the offset you mean, e.g. {start.Text}{ScheduleText.Offset(first.Offset)}");
        }
    }
}
