using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Safety;

/// <summary>UG4004: a snapshot is taken with <c>shutdown: false</c>.</summary>
public sealed class SnapshotWithoutShutdownRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.SnapshotWithoutShutdown, "Snapshot without shutdown", Severity.Warning, RuleCategories.Safety,
        "The guide recommends shutting the appliances down before taking the snapshot; a snapshot of running appliances may not restore cleanly.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        foreach (var step in context.Steps.Where(s => s.Kind == StepKind.Snapshot))
        {
            if (step.Shutdown is { IsValid: true, Value: false } shutdown)
            {
                context.Report(Descriptor, shutdown.KeySpan,
                    "snapshot taken with 'shutdown: false': shut the appliances down before the snapshot, as the vendor recommends (they often need a reboot anyway)");
            }
        }
    }
}
