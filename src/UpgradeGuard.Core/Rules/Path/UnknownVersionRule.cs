using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Path;

/// <summary>UG2002: a version (current, target or a step's) is not in the catalog.</summary>
public sealed class UnknownVersionRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.UnknownVersion, "Version not in the catalog", Severity.Error, RuleCategories.UpgradePath,
        "cluster.version, upgrade.to or an upgrade step names a version the catalog does not know, so no path can be checked through it. A newer vendor release can be added with a catalog file.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var product = context.Product;
        if (product is null) return;
        var versions = new List<(string What, Located<ProductVersion>? Version)>
        {
            ("current version", context.Manifest.Cluster?.Version),
            ("target version", context.Manifest.Upgrade?.To),
        };
        versions.AddRange(context.Steps.Where(s => s.Kind == StepKind.Upgrade).Select(s => ("upgrade step version", s.Version)));
        foreach (var (what, version) in versions)
        {
            if (version is not { IsValid: true } || product.IsKnown(version.Value)) continue;
            context.Report(Descriptor, version.Span,
                $"{what} {version.Text} is not in the {product.Name} catalog (data {context.DataDate}); known versions: {PathMessages.KnownVersionsNear(product, version.Value)}. If the vendor released it, add it with a catalog file (--catalog)");
        }
    }
}
