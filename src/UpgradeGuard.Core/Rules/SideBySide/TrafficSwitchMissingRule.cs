using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6006: no <c>switch-traffic</c> after the last hop, or <c>decommission</c> before <c>switch-traffic</c>.</summary>
public sealed class TrafficSwitchMissingRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.TrafficSwitchMissing, "Traffic switch missing or out of order", Severity.Warning, RuleCategories.SideBySide,
        "After the new environment is upgraded, DNS, firewall and load balancer must point at it ('switch-traffic'), and only then are the original nodes shut down ('decommission').");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        if (upgrade?.Strategy is not { IsValid: true } strategy || !upgrade.IsSideBySide) return;
        var steps = context.Steps;
        var lastHop = steps.LastOrDefault(s => s.Kind == StepKind.Upgrade);
        var switches = steps.Where(s => s.Kind == StepKind.SwitchTraffic).ToList();
        if (!switches.Any(s => lastHop is null || s.Index > lastHop.Index))
        {
            string after = lastHop?.Version is { IsValid: true } v ? $" after the last upgrade (to {v.Text})" : "";
            context.Report(Descriptor, strategy.Span,
                $"side-by-side has no 'switch-traffic' step{after}: users keep reaching the original appliances; add '- switch-traffic: true' once the new environment is upgraded");
        }
        var firstSwitch = switches.FirstOrDefault();
        foreach (var decommission in steps.Where(s => s.Kind == StepKind.Decommission))
        {
            if (firstSwitch != null && decommission.Index > firstSwitch.Index) continue;
            if (firstSwitch is null) continue;
            context.Report(Descriptor, decommission.Span,
                "'decommission' comes before 'switch-traffic': the original appliances would be shut down while users still reach them; switch traffic first");
        }
    }
}
