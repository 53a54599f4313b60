using System;
using System.Collections.Generic;
using System.Linq;

namespace UpgradeGuard.Core.Catalog;

/// <summary>The catalogs in force: the built-in one plus any the user added, merged per product.</summary>
public sealed class CatalogSet
{
    public CatalogSet(int formatVersion, string dataDate, IReadOnlyList<ProductCatalog> products)
    {
        FormatVersion = formatVersion;
        DataDate = dataDate;
        Products = products;
    }

    public int FormatVersion { get; }
    /// <summary>The date of the built-in data (<c>yyyy-MM-dd</c>).</summary>
    public string DataDate { get; }
    public IReadOnlyList<ProductCatalog> Products { get; }

    /// <summary>
    /// <c>replacesBuiltIn: true</c>: as an extra catalog, this one replaces the built-in catalog (and the extras before
    /// it) instead of adding to it, so a repository can pin the data it is checked against.
    /// </summary>
    public bool ReplacesBuiltIn { get; set; }

    /// <summary>The product whose id or alias is <paramref name="name"/>, or null.</summary>
    public ProductCatalog? Find(string name) =>
        Products.FirstOrDefault(p => p.Id == name || p.Aliases.Contains(name));

    /// <summary>The default product (the first of the built-in catalog).</summary>
    public ProductCatalog Default => Products[0];

    /// <summary>The database engines of every product (<c>databases.engines</c>), in catalog order: what <c>database.engine</c> allows.</summary>
    public IReadOnlyList<string> EngineIds => _engineIds ??= Products.SelectMany(p => p.Engines.Keys).Distinct(StringComparer.Ordinal).ToList();

    private IReadOnlyList<string>? _engineIds;

    public IEnumerable<string> AllProductNames => Products.SelectMany(p => new[] { p.Id }.Concat(p.Aliases));

    /// <summary>A new set in which <paramref name="extra"/>'s products add to products of the same id; new ids are appended.</summary>
    public CatalogSet Merge(CatalogSet extra)
    {
        var products = Products.ToList();
        foreach (var add in extra.Products)
        {
            int index = products.FindIndex(p => p.Id == add.Id || p.Aliases.Contains(add.Id));
            if (index < 0)
            {
                products.Add(add);
                continue;
            }
            var baseProduct = products[index];
            var upgrades = baseProduct.Upgrades.ToList();
            foreach (var edge in add.Upgrades)
            {
                // A user's entry for an existing hop replaces it (e.g. a measured duration); a new hop is added.
                upgrades.RemoveAll(e => e.From == edge.From && e.To == edge.To);
                upgrades.Add(edge);
            }
            var engines = baseProduct.Engines.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            foreach (var engine in add.Engines)
            {
                if (engines.TryGetValue(engine.Key, out var existing))
                {
                    var aliases = existing.Aliases.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
                    foreach (var a in engine.Value.Aliases) aliases[a.Key] = a.Value;
                    engines[engine.Key] = new EngineInfo(engine.Key, existing.Name, aliases);
                }
                else
                {
                    engines[engine.Key] = engine.Value;
                }
            }
            products[index] = new ProductCatalog(
                baseProduct.Id,
                baseProduct.Name,
                baseProduct.Aliases.Concat(add.Aliases).Distinct().ToList(),
                baseProduct.DefaultMinutesPerAppliance,
                upgrades,
                engines,
                baseProduct.DatabaseSupport.Concat(add.DatabaseSupport).ToList(),
                add.Tls ?? baseProduct.Tls,
                add.SideBySideMinimum ?? baseProduct.SideBySideMinimum);
        }
        return new CatalogSet(FormatVersion, DataDate, products);
    }
}
