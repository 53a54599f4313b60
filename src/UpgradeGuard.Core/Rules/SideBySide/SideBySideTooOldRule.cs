using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.SideBySide;

/// <summary>UG6001: side-by-side while <c>cluster.version</c> is older than 5.3.0.</summary>
public sealed class SideBySideTooOldRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.SideBySideTooOld, $"Side-by-side needs {CatalogFacts.BuiltIn.SideBySideRelease} or later", Severity.Error, RuleCategories.SideBySide,
        $"The side-by-side strategy (environment backup imported into a freshly deployed node) is available as of version {CatalogFacts.BuiltIn.SideBySideRelease}.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var upgrade = context.Manifest.Upgrade;
        var version = context.Manifest.Cluster?.Version;
        var minimum = context.Product?.SideBySideMinimum;
        if (upgrade?.Strategy is not { IsValid: true } strategy || !upgrade.IsSideBySide || minimum is null || version is not { IsValid: true }) return;
        if (version.Value >= minimum.Value) return;
        context.Report(Descriptor, strategy.Span,
            $"side-by-side needs {minimum} or later, but the cluster runs {version.Text}; upgrade in place to {minimum.Value.Major}.{minimum.Value.Minor}.x first, or use strategy: in-place");
    }
}
