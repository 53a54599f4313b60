using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Planning;

namespace UpgradeGuard.Core.Rules.Safety;

/// <summary>UG4001: an upgrade step has no snapshot since the previous hop; with no steps, the missing runbook.</summary>
public sealed class MissingSnapshotRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.MissingSnapshot, "Missing snapshot before upgrade", Severity.Error, RuleCategories.Safety,
        "The guide asks for a snapshot of the appliances (and the external database) before EACH upgrade. An upgrade step with no snapshot between the previous hop and itself is reported; a manifest with no steps at all has no runbook and is reported at upgrade.to.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        if (upgrade is null) return;
        if (upgrade.Steps is null)
        {
            if (upgrade.To is not { } to) return;
            string path = context.Plan?.Hops.FirstOrDefault()?.EffectivePath?.Describe() is { Length: > 0 } p ? $" (supported path: {p})" : "";
            context.Report(Descriptor, to.Span,
                $"no steps: the upgrade to {to.Text} has no runbook, so no snapshot is taken before it; add 'steps:' with a 'snapshot: all' before each hop{path}");
            return;
        }
        foreach (var step in upgrade.Steps.Where(s => s.Kind == StepKind.Upgrade))
        {
            if (context.StepsBefore(step).Any(s => s.Kind == StepKind.Snapshot)) continue;
            string db = context.Manifest.HasExternalDatabase ? " and the external database ('database: true')" : "";
            context.Report(Descriptor, step.Span,
                $"no snapshot before the upgrade to {step.Version?.Text}: shut down and snapshot {(context.Plan?.Nodes is int nodes ? Wording.EveryAppliance(nodes) : "all " + context.ClusterSize)}{db} first ('- snapshot: all' before this step)");
        }
    }
}
