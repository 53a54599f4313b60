using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Planning;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6009: side-by-side, <c>sideBySide.addresses</c> lists fewer addresses than <c>cluster.nodes</c>.</summary>
public sealed class TooFewNewAddressesRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.TooFewNewAddresses, "Fewer new addresses than appliances", Severity.Warning, RuleCategories.SideBySide,
        "The new environment gets as many appliances as the cluster has, each with a new IP address, before traffic is switched to them (guide, steps 4 and 6).");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        var sideBySide = upgrade?.SideBySide;
        if (upgrade is null || !upgrade.IsSideBySide || sideBySide is null || !sideBySide.AddressesValid) return;
        if (context.Manifest.Cluster?.Nodes is not { IsValid: true } nodes) return;
        int count = sideBySide.Addresses.Count;
        if (count >= nodes.Value) return;
        string appliances = Wording.Appliances(nodes.Value);
        string need = Wording.Count(nodes.Value - count, "more address", "more addresses");
        if (sideBySide.AddressesSpan is not { } span)
        {
            context.Report(Descriptor, sideBySide.KeySpan,
                $"sideBySide.addresses is missing: the cluster has {appliances} (cluster.nodes), and each new appliance needs a new IP address before traffic is switched; list {need}");
            return;
        }
        context.Report(Descriptor, span,
            $"sideBySide.addresses lists {Wording.Count(count, "address", "addresses")} for {appliances} (cluster.nodes): deploy as many new appliances as the cluster has, each with a new IP address, before traffic is switched; add {need}");
    }
}
