using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Planning;

namespace UpgradeGuard.Core.Rules.Schedule;

/// <summary>UG5002: <c>schedule.window</c> is shorter than the estimate.</summary>
public sealed class WindowBelowEstimateRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.WindowBelowEstimate, "Window shorter than the estimate", Severity.Warning, RuleCategories.Schedule,
        $"The booked downtime window is shorter than the estimate: {CatalogFacts.BuiltIn.EstimatePerHop}, times cluster.nodes, summed over the hops.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var window = context.Manifest.Schedule?.Window;
        var plan = context.Plan;
        if (window is not { IsValid: true } || plan?.EstimateMinutes is not long estimate || context.StartUnplaceable) return;
        if (window.Value.TotalMinutes >= estimate) return;
        var hops = string.Join(" + ", plan.Hops.SelectMany(h => h.EffectivePath!.Hops).Select(e => $"{e.MinutesPerAppliance}"));
        context.Report(Descriptor, window.Span,
            $"window {window.Text} ({(long)window.Value.TotalMinutes} min) is shorter than the estimate of {estimate} min ({hops} min per appliance x {Wording.Appliances(plan.Nodes!.Value)}); book at least {Wording.Minutes(estimate)}");
    }
}
