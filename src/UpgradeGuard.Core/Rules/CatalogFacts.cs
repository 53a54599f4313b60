using System;
using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;

namespace UpgradeGuard.Core.Rules;

/// <summary>
/// The catalog's numbers as the rule descriptors' titles and descriptions say them ("60 for the hop to 5.4.4"), read
/// from the default product of the built-in catalog, so a vendor release changes data, never a descriptor. Each phrase
/// falls back to words without numbers when the catalog has no such fact.
/// </summary>
public sealed class CatalogFacts
{
    public CatalogFacts(ProductCatalog product) => Product = product;

    /// <summary>The facts of the built-in catalog's default product, which the descriptors say.</summary>
    public static CatalogFacts BuiltIn => new CatalogFacts(CatalogLoader.BuiltIn.Default);

    private ProductCatalog Product { get; }

    /// <summary><c>5.4</c>: the major.minor of a version.</summary>
    public static string Release(ProductVersion version) => $"{version.Major}.{version.Minor}";

    /// <summary><c>1.2</c>: the TLS version an external database must accept, or "1.2" when the catalog has no TLS policy.</summary>
    public string DatabaseTls => Product.Tls?.DatabaseMustAccept ?? "1.2";

    /// <summary><c>5.4</c>: the release that dropped old TLS versions.</summary>
    public string TlsRelease => Product.Tls is { } tls ? Release(tls.From) : "the release that drops them";

    /// <summary><c>1.0 and 1.1</c>.</summary>
    public string RemovedTls => Product.Tls is { RemovedProtocols.Count: > 0 } tls ? And(tls.RemovedProtocols) : "1.0 and 1.1";

    /// <summary><c>5.3</c>: the first release with side-by-side upgrades.</summary>
    public string SideBySideRelease => Product.SideBySideMinimum is { } v ? Release(v) : "the first release that offers it";

    /// <summary><c>5.1.3</c>: the targets of hops that need <paramref name="step"/> first, joined with "or".</summary>
    public string TargetsRequiring(string step) =>
        Or(Product.Upgrades.Where(u => u.RequiresBefore.Contains(step)).Select(u => u.To.ToString()).Distinct().ToList(), "the version that needs it");

    /// <summary><c>5.2.3</c>: the newest version whose upgrade needs the vendor's support.</summary>
    public string NewestSupportAssistedSource =>
        Product.Upgrades.Where(u => u.SupportAssisted).Select(u => (ProductVersion?)u.From).Max()?.ToString() ?? "an old version";

    /// <summary><c>about 15 minutes per appliance per hop (60 for the hop to 5.4.4, 45 for the hop to 5.1.3)</c>.</summary>
    public string EstimatePerHop
    {
        get
        {
            var product = Product;
            var longer = product.Upgrades.Where(u => u.MinutesPerAppliance != product.DefaultMinutesPerAppliance)
                .GroupBy(u => u.To).Select(g => $"{g.First().MinutesPerAppliance} for the hop to {g.Key}").ToList();
            return $"about {product.DefaultMinutesPerAppliance} minutes per appliance per hop" + (longer.Count > 0 ? $" ({string.Join(", ", longer)})" : "");
        }
    }

    /// <summary>
    /// <c>PostgreSQL and Azure SQL with 5.5 and later</c>: the engines the newest database row drops, newest engine
    /// first as the guide names them; "an engine the guide drops in a later version" when none is dropped.
    /// </summary>
    public string DroppedEngines
    {
        get
        {
            var product = Product;
            var latest = product.Latest;
            var row = latest is { } v ? product.DatabaseSupport.FirstOrDefault(r => r.Applies(v)) : null;
            if (row is null) return "an engine the guide drops in a later version";
            var dropped = product.DatabaseSupport.SelectMany(r => r.Engines.Keys).Distinct(StringComparer.Ordinal)
                .Where(e => !row.Engines.ContainsKey(e)).Reverse()
                .Select(e => product.Engines.TryGetValue(e, out var info) ? info.Name : e).ToList();
            var first = product.Versions.Where(row.Applies).Select(v => (ProductVersion?)v).FirstOrDefault();
            if (dropped.Count == 0 || first is null) return "an engine the guide drops in a later version";
            return $"{And(dropped)} with {Release(first.Value)} and later";
        }
    }

    private static string And(IReadOnlyList<string> words) => Join(words, " and ", "");

    private static string Or(IReadOnlyList<string> words, string none) => Join(words, " or ", none);

    private static string Join(IReadOnlyList<string> words, string last, string none) => words.Count switch
    {
        0 => none,
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + last + words[words.Count - 1],
    };
}
