using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Editing;

/// <summary>
/// Hover help from the plan: on a version, the supported path from it to the target with the estimate per hop; on
/// <c>database.version</c>, the supported range at each version the plan reaches; on <c>schedule.start</c>, the downtime
/// in local time and UTC and where it meets business hours.
/// </summary>
public static class HoverProvider
{
    /// <summary>The hover at <paramref name="offset"/> (an offset of the text the engine analyzed), or null.</summary>
    public static HoverInfo? At(AnalysisResult result, int offset)
    {
        var manifest = result.Manifest;
        var plan = result.Plan;
        if (manifest is null || plan is null) return null;
        var target = manifest.Upgrade?.To is { IsValid: true } to ? to.Value : (ProductVersion?)null;

        if (manifest.Cluster?.Version is { IsValid: true } current && Contains(current.Span, offset) && target != null)
            return new HoverInfo(PathText($"From {current.Value} to the target {target}", current.Value, target.Value, plan), current.Span);
        if (manifest.Upgrade?.To is { IsValid: true } targetNode && Contains(targetNode.Span, offset) && manifest.Cluster?.Version is { IsValid: true } from)
            return new HoverInfo(PathText($"From {from.Value} to the target {targetNode.Value}", from.Value, targetNode.Value, plan), targetNode.Span);
        foreach (var hop in plan.Hops)
        {
            if (hop.Step?.Version is not { IsValid: true } version || !Contains(version.Span, offset)) continue;
            var text = new StringBuilder();
            if (hop.From is { } hopFrom) text.Append(PathText($"This hop, {hopFrom} to {version.Value}", hopFrom, version.Value, plan));
            if (target != null && version.Value < target.Value)
            {
                text.Append("\n\n").Append(PathText($"Then from {version.Value} to the target {target}", version.Value, target.Value, plan));
            }
            return new HoverInfo(text.ToString(), version.Span);
        }
        if (manifest.Database?.Version is { } database && Contains(database.Span, offset))
            return DatabaseHover(manifest, plan, database);
        if (manifest.Schedule?.Start is { IsValid: true } start && Contains(start.Span, offset))
            return ScheduleHover(plan, start);
        return null;
    }

    private static bool Contains(SourceSpan span, int offset) => offset >= span.StartOffset && offset <= span.EndOffset;

    private static string PathText(string title, ProductVersion from, ProductVersion to, UpgradePlan plan)
    {
        int nodes = plan.Nodes ?? 1;
        var text = new StringBuilder("**").Append(title).Append("**\n\n");
        if (from == to) return text.Append("Already there.").ToString();
        if (to < from) return text.Append($"{to} is older than {from}: the appliance cannot be downgraded; restore the snapshot taken before the upgrade instead.").ToString();
        var path = plan.Product.Graph.FindPath(from, to);
        if (path is null) return text.Append($"No supported upgrade path from {from} to {to} in the catalog.").ToString();
        text.Append("Supported path: `").Append(path.Describe()).Append("`\n\n");
        text.Append("| hop | per appliance | ").Append(Wording.Appliances(nodes)).Append(" |\n|---|---|---|\n");
        foreach (var hop in path.Hops)
        {
            var notes = new List<string>();
            if (hop.SupportAssisted) notes.Add("support-assisted");
            if (hop.UpgradesOs) notes.Add("upgrades the OS");
            notes.AddRange(hop.RequiresBefore.Select(r => "needs " + r + " first"));
            text.Append($"| {hop.From} → {hop.To}{(notes.Count > 0 ? " (" + string.Join(", ", notes) + ")" : "")} | {hop.MinutesPerAppliance} min | {Wording.Minutes(UpgradePlan.Estimate(hop.MinutesPerAppliance, nodes))} |\n");
        }
        text.Append($"\nTotal: {Wording.Minutes(UpgradePlan.Estimate(path.MinutesPerAppliance, nodes))} of downtime, the appliances upgraded one after another; take a snapshot before each hop.");
        return text.ToString();
    }

    private static HoverInfo? DatabaseHover(Manifest manifest, UpgradePlan plan, Located<string> version)
    {
        var engine = DatabaseCourse.EngineOf(manifest, plan.Product);
        if (engine is null) return null;
        var text = new StringBuilder($"**{engine.Display(version.Text)}: supported versions along the plan**\n\n| cluster version | supported {engine.Name} | in force |\n|---|---|---|\n");
        // The plan's database course: the points UG3001 checks, the version running today first.
        var points = new List<(ProductVersion Version, string Label, DatabaseVersionInForce? InForce)>();
        var course = plan.Database;
        if (course?.Start is { } start) points.Add((start.Version, $"{start.Version} (today)", start.InForce));
        else if (manifest.Cluster?.Version is { IsValid: true } current) points.Add((current.Value, $"{current.Value} (today)", null));
        foreach (var point in course?.AfterHops ?? new DatabasePoint[0])
        {
            if (points.Any(p => p.Version == point.Version && p.InForce?.Version.CompareTo(point.InForce.Version) == 0)) continue;
            points.Add((point.Version, point.Version.ToString(), point.InForce));
        }
        string? todayProblem = null;
        foreach (var (clusterVersion, label, inForce) in points)
        {
            var ranges = plan.Product.LookupDatabase(clusterVersion, engine.Id).Ranges;
            string supported = ranges is null ? "not in the catalog" : ranges.Count == 0 ? "not supported" : string.Join(", ", ranges.Select(engine.DisplayRange));
            bool? fits = inForce is null || ranges is null ? (bool?)null : ranges.Any(r => r.Contains(inForce.Version));
            string mark = fits is null ? "" : fits.Value ? " ✓" : " ✗";
            text.Append($"| {label} | {supported}{mark} | {(inForce is null ? "" : engine.DisplayVersion(inForce.Version))} |\n");
            if (fits == false && label.EndsWith("(today)", StringComparison.Ordinal))
            {
                todayProblem = $"\n**{clusterVersion}, the version the cluster runs today, does not support {engine.Display(inForce!.Text)}** ({supported}): {Wording.UnsupportedDatabaseRisk("the upgrade itself")} (UG3001, UG3002).\n";
            }
        }
        if (todayProblem != null) text.Append(todayProblem);
        text.Append("\n✓/✗: whether the version in force (`database.version`, or the `upgrade-database` step before that point) is in range. Change the engine with an `upgrade-database` step where the plan needs it.");
        return new HoverInfo(text.ToString(), version.Span);
    }

    private static HoverInfo? ScheduleHover(UpgradePlan plan, Located<ScheduleStart> start)
    {
        // A start (or a downtime) the calendar cannot hold is UG1006 on the value: no hover then.
        var placement = plan.Placement;
        if (placement is null || !placement.IsPlaced) return null;
        var text = new StringBuilder("**Downtime**\n\n");
        if (plan.Downtime is not { } downtime)
        {
            var startZone = placement.Zone!;
            text.Append($"Starts {Wording.Local(placement.Start, startZone)} ({startZone.Id}) = {Wording.UtcCell(placement.Start)} UTC. No window and no estimate: its end is unknown.");
            return new HoverInfo(text.ToString(), start.Span);
        }
        var zone = downtime.Zone;
        text.Append($"| | {zone.Id} | UTC |\n|---|---|---|\n");
        text.Append($"| start | {Wording.Local(downtime.Start, zone)} | {Wording.UtcCell(downtime.Start)} |\n");
        text.Append($"| end | {Wording.Local(downtime.End, zone)} | {Wording.UtcCell(downtime.End)} |\n\n");
        text.Append($"Length: {Wording.Duration(downtime.Length)} ({downtime.LengthBasis}");
        if (plan.EstimateMinutes is long estimate) text.Append($"; estimate {Wording.Minutes(estimate)}");
        text.Append(").\n\n");
        text.Append(downtime.OverlapsBusinessHours
            ? $"The downtime {Wording.BusinessHoursOverlap(downtime)}."
            : $"The downtime {Wording.OutsideBusinessHours(downtime)}.");
        return new HoverInfo(text.ToString(), start.Span);
    }
}
