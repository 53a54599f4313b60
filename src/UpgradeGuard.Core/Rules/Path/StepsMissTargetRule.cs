using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Path;

/// <summary>UG2004: the steps end on a version other than <c>upgrade.to</c>.</summary>
public sealed class StepsMissTargetRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.StepsMissTarget, "Steps do not reach the target", Severity.Error, RuleCategories.UpgradePath,
        "The last 'upgrade' step does not name upgrade.to (or there is no upgrade step at all), so the runbook leaves the cluster on another version than the one planned.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        if (upgrade?.Steps is null || upgrade.To is not { IsValid: true } target) return;
        var last = upgrade.Steps.LastOrDefault(s => s.Kind == StepKind.Upgrade);
        if (last is null)
        {
            context.Report(Descriptor, target.Span, $"the steps have no 'upgrade' step, so they never reach upgrade.to {target.Text}");
            return;
        }
        if (last.Version is not { IsValid: true } lastVersion || lastVersion.Value == target.Value) return;
        var path = context.Product?.Graph.FindPath(lastVersion.Value, target.Value);
        string hint = lastVersion.Value < target.Value
            ? (path != null ? $"; add the remaining hops: {path.Describe()}" : "; add the remaining hops")
            : $"; end the steps at {target.Text} or change upgrade.to";
        context.Report(Descriptor, last.Span, $"the steps end on {lastVersion.Text}, but upgrade.to is {target.Text}{hint}");
    }
}
