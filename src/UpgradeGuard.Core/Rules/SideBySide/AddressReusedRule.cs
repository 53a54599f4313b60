using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6005: <c>sideBySide.addresses</c> reuses an address of <c>cluster.addresses</c>.</summary>
public sealed class AddressReusedRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.AddressReused, "New node reuses an address", Severity.Error, RuleCategories.SideBySide,
        "The new node must get a new IP address: the original appliances keep theirs until traffic is switched and they are decommissioned.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        var sideBySide = upgrade?.SideBySide;
        var existing = context.Manifest.Cluster?.Addresses;
        if (upgrade is null || !upgrade.IsSideBySide || sideBySide is null || existing is null || existing.Count == 0) return;
        var current = new HashSet<string>(existing.Select(e => e.Value), StringComparer.OrdinalIgnoreCase);
        foreach (var address in sideBySide.Addresses)
        {
            if (!current.Contains(address.Value)) continue;
            context.Report(Descriptor, address.Span,
                $"{address.Text} is an address of the current cluster (cluster.addresses): give the new node a new IP address, and switch traffic to it afterwards");
        }
    }
}
