using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Path;

/// <summary>UG2007: no supported path exists at all from the current version to the target.</summary>
public sealed class NoSupportedPathRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.NoSupportedPath, "No supported upgrade path", Severity.Error, RuleCategories.UpgradePath,
        "The catalog's upgrade table has no sequence of direct upgrades from cluster.version to upgrade.to. Pick a target the path reaches, or redeploy.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var product = context.Product;
        var current = context.Manifest.Cluster?.Version;
        var target = context.Manifest.Upgrade?.To;
        if (product is null || current is not { IsValid: true } || target is not { IsValid: true }) return;
        if (!product.IsKnown(current.Value) || !product.IsKnown(target.Value) || target.Value <= current.Value) return;
        if (product.Graph.FindPath(current.Value, target.Value) != null) return;
        var latest = product.Latest;
        var toLatest = latest is { } l && l > current.Value ? product.Graph.FindPath(current.Value, l) : null;
        context.Report(Descriptor, target.Span,
            $"no supported upgrade path from {current.Text} to {target.Text} in the {product.Name} catalog" +
            (toLatest != null ? $"; from {current.Text} the supported path leads to {toLatest.Describe()}" : ""));
    }
}
