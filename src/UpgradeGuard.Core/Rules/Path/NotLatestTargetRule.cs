using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Path;

/// <summary>UG2006: the target is not the latest version in the catalog.</summary>
public sealed class NotLatestTargetRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.NotLatestTarget, "Target is not the latest version", Severity.Info, RuleCategories.UpgradePath,
        "upgrade.to is older than the latest version the catalog knows. Fine for a staged upgrade; shown so it is a choice.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var product = context.Product;
        var target = context.Manifest.Upgrade?.To;
        if (product?.Latest is not { } latest || target is not { IsValid: true } || !product.IsKnown(target.Value) || target.Value >= latest) return;
        var current = context.Manifest.Cluster?.Version;
        if (current is { IsValid: true } && current.Value >= target.Value) return;
        context.Report(Descriptor, target.Span, $"upgrade.to {target.Text} is not the latest version: the catalog's latest is {latest} (data {context.DataDate})");
    }
}
