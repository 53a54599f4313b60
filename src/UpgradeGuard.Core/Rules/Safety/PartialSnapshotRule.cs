using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Safety;

/// <summary>UG4002: the snapshots before a hop name fewer appliances than <c>cluster.nodes</c>.</summary>
public sealed class PartialSnapshotRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.PartialSnapshot, "Snapshot misses appliances", Severity.Error, RuleCategories.Safety,
        "The snapshots between the previous hop and this one name fewer appliances than cluster.nodes. If the upgrade fails, support may need a snapshot of EACH appliance to restore the cluster.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        if (context.Manifest.Cluster?.Nodes is not { IsValid: true } nodes) return;
        foreach (var step in context.Steps.Where(s => s.Kind == StepKind.Upgrade))
        {
            var snapshots = context.StepsBefore(step).Where(s => s.Kind == StepKind.Snapshot && s.IsValid).ToList();
            if (snapshots.Count == 0 || snapshots.Any(s => s.SnapshotAll)) continue;
            var named = snapshots.SelectMany(s => s.SnapshotAppliances).Distinct().ToList();
            if (named.Count >= nodes.Value) continue;
            context.Report(Descriptor, snapshots[snapshots.Count - 1].Span,
                $"the snapshots before the upgrade to {step.Version?.Text} name {named.Count} of {nodes.Value} appliances ({string.Join(", ", named)}); snapshot every appliance ('snapshot: all')");
        }
    }
}
