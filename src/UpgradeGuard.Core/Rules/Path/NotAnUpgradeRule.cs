using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Path;

/// <summary>UG2003: the target is not newer than the current version, or an upgrade step goes backwards.</summary>
public sealed class NotAnUpgradeRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.NotAnUpgrade, "Downgrade or no-op upgrade", Severity.Error, RuleCategories.UpgradePath,
        "upgrade.to is not newer than cluster.version (a downgrade or a no-op), or an upgrade step names a version not newer than the one before it. Appliances cannot be downgraded; restore a snapshot instead.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var current = context.Manifest.Cluster?.Version;
        var target = context.Manifest.Upgrade?.To;
        if (current is { IsValid: true } && target is { IsValid: true } && target.Value <= current.Value)
        {
            context.Report(Descriptor, target.Span, target.Value == current.Value
                ? $"upgrade.to {target.Text} is the version the cluster already runs: nothing to upgrade"
                : $"upgrade.to {target.Text} is older than the current version {current.Text}: appliances cannot be downgraded (restore a snapshot instead)");
        }

        ProductVersion? previous = current is { IsValid: true } ? current.Value : (ProductVersion?)null;
        foreach (var step in context.Steps.Where(s => s.Kind == StepKind.Upgrade))
        {
            if (step.Version is not { IsValid: true } version)
            {
                previous = null;
                continue;
            }
            if (previous != null && version.Value <= previous.Value)
            {
                context.Report(Descriptor, version.Span, version.Value == previous.Value
                    ? $"upgrade step to {version.Text} does not move: the cluster is already on {previous} at this point"
                    : $"upgrade step to {version.Text} goes backwards from {previous}: appliances cannot be downgraded");
            }
            previous = version.Value;
        }
    }
}
