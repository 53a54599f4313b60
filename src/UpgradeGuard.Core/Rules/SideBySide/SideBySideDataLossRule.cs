using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6007: side-by-side loses shares made after the environment backup and leaves an audit-log gap.</summary>
public sealed class SideBySideDataLossRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.SideBySideDataLoss, "Side-by-side loses recent shares and audit logs", Severity.Info, RuleCategories.SideBySide,
        "Files shared through the Workspace after the environment backup are not in the new environment, shares must be re-activated by users, and audit logs have a gap until go-live.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        if (upgrade?.Strategy is not { IsValid: true } strategy || !upgrade.IsSideBySide) return;
        context.Report(Descriptor, strategy.Span,
            "side-by-side: shares made after the environment backup are lost, users must press \"Upgrade\" on their shares again afterwards, and audit logs have a gap until go-live; tell users not to share files until the switch");
    }
}
