using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Path;

/// <summary>UG2001: a hop is not a supported direct upgrade; the message names the supported path.</summary>
public sealed class UnsupportedHopRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.UnsupportedHop, "Unsupported upgrade hop", Severity.Error, RuleCategories.UpgradePath,
        "Upgrades are incremental: every 'upgrade' step (or cluster.version -> upgrade.to when there are no steps) must be a direct upgrade of the vendor's table. The message names the quickest supported path and its estimate.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var plan = context.Plan;
        if (plan is null) return;
        foreach (var hop in plan.Hops)
        {
            if (!hop.IsForward || hop.Direct != null) continue;
            string hopText = $"{hop.From} -> {hop.To}";
            if (hop.EffectivePath != null)
            {
                context.Report(Descriptor, hop.VersionSpan,
                    $"upgrade {hopText} skips required hops; supported path: {hop.EffectivePath.Describe()} ({PathMessages.Estimate(hop.EffectivePath, plan.Nodes)})");
            }
            else if (plan.HasSteps)
            {
                // Without steps the whole plan has no path: UG2007 says so at the same place.
                context.Report(Descriptor, hop.VersionSpan,
                    $"upgrade {hopText} is not a supported direct upgrade, and the catalog has no supported path from {hop.From} to {hop.To}");
            }
        }
    }
}
