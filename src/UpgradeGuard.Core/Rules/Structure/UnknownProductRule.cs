using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Structure;

/// <summary>UG1005: <c>product</c> names no known catalog.</summary>
public sealed class UnknownProductRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.UnknownProduct, "Unknown product", Severity.Error, RuleCategories.Manifest,
        "The 'product' value names no catalog (built-in: secure-workspace, with the aliases parallels-secure-workspace and awingu; more through --catalog). The path, database and schedule checks need a catalog and stay silent.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var product = context.Manifest.Product;
        if (product is not { IsValid: true } || context.Catalogs.Find(product.Value) != null) return;
        var names = context.Catalogs.AllProductNames.ToList();
        var suggestion = Suggestions.Nearest(product.Value, names);
        context.Report(Descriptor, product.Span, $"unknown product '{product.Text}'" +
            (suggestion != null ? $"; did you mean '{suggestion}'?" : "") +
            $"; known products: {string.Join(", ", names)}; add others with a catalog file (--catalog)");
    }
}
