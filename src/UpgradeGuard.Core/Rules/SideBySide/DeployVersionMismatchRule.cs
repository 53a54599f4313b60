using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6002: <c>sideBySide.deployVersion</c> differs from <c>cluster.version</c>.</summary>
public sealed class DeployVersionMismatchRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.DeployVersionMismatch, "New node version differs from the cluster", Severity.Error, RuleCategories.SideBySide,
        "The freshly deployed node must match the existing version exactly, so it can import the environment backup; it is upgraded afterwards.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        var deploy = upgrade?.SideBySide?.DeployVersion;
        var version = context.Manifest.Cluster?.Version;
        if (upgrade is null || !upgrade.IsSideBySide || deploy is not { IsValid: true } || version is not { IsValid: true }) return;
        if (deploy.Value == version.Value) return;
        context.Report(Descriptor, deploy.Span,
            $"sideBySide.deployVersion {deploy.Text} differs from cluster.version {version.Text}: deploy the new node on {version.Text} so it can import the environment backup, then upgrade it");
    }
}
