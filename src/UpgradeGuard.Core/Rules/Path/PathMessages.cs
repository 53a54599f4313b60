using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;

namespace UpgradeGuard.Core.Rules.Path;

/// <summary>The wording path rules share: estimates and version lists.</summary>
internal static class PathMessages
{
    /// <summary><c>est. 105 min for 1 appliance</c> or <c>est. 105 min per appliance</c>.</summary>
    public static string Estimate(UpgradePath path, int? nodes)
    {
        int perAppliance = path.MinutesPerAppliance;
        if (nodes is int n)
        {
            long total = UpgradePlan.Estimate(perAppliance, n);
            return $"est. {Wording.Minutes(total)} for {Wording.Appliances(n)}";
        }
        return $"est. {perAppliance} min per appliance";
    }

    public static string KnownVersionsNear(ProductCatalog product, ProductVersion version)
    {
        var sameMinor = product.Versions.Where(v => v.Major == version.Major && v.Minor == version.Minor).ToList();
        var list = sameMinor.Count > 0 ? sameMinor : product.Versions.ToList();
        return string.Join(", ", list);
    }
}
