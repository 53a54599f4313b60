using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Planning;

namespace UpgradeGuard.Core.Rules.Safety;

/// <summary>UG4007: an upgrade step's <c>timeout</c> is shorter than that hop's estimate for this cluster.</summary>
public sealed class TimeoutBelowEstimateRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.TimeoutBelowEstimate, "Upgrade timeout below estimate", Severity.Warning, RuleCategories.Safety,
        "An upgrade step's timeout is shorter than the hop's estimate (minutes per appliance times cluster.nodes), so the alarm fires while a normal upgrade is still running.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var plan = context.Plan;
        if (plan is null) return;
        foreach (var hop in plan.Hops)
        {
            if (hop.Step?.Timeout is not { IsValid: true } timeout) continue;
            var estimate = plan.HopEstimateMinutes(hop);
            if (estimate is null || hop.EffectivePath is null || timeout.Value.TotalMinutes >= estimate.Value) continue;
            context.Report(Descriptor, timeout.Span,
                $"timeout {timeout.Text} ({(long)timeout.Value.TotalMinutes} min) is shorter than the estimate for {hop.From} -> {hop.To}: {estimate} min ({hop.EffectivePath.MinutesPerAppliance} min per appliance x {plan.Nodes}); raise it to at least {Wording.Minutes(estimate.Value)}");
        }
    }
}
