using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Database;

/// <summary>UG3002: the engine is not supported at all by a version the plan reaches.</summary>
public sealed class DatabaseEngineUnsupportedRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.DatabaseEngineUnsupported, "Database engine not supported", Severity.Error, RuleCategories.Database,
        $"The external database engine is not listed for a version the plan reaches, the version the cluster runs today included (for example {CatalogFacts.BuiltIn.DroppedEngines}). An engine the guide does not list is treated as unsupported.");

    public override RuleDescriptor Definition => Descriptor;

    private static bool IsUnsupported(Catalog.DatabaseSupportLookup lookup) => lookup.IsCovered && !lookup.IsEngineSupported;

    public override void Check(RuleContext context)
    {
        var engine = context.DatabaseEngine;
        var plan = context.Plan;
        var engineValue = context.Manifest.Database?.Engine;
        if (engine is null || plan is null || engineValue is null) return;
        var versions = new List<ProductVersion>();
        var current = context.Manifest.Cluster?.Version is { IsValid: true } c ? c.Value : (ProductVersion?)null;
        if (current != null) versions.Add(current.Value);
        versions.AddRange(plan.Reached.Select(r => r.Version));
        var unsupported = versions.Distinct()
            .Where(v => IsUnsupported(plan.Product.LookupDatabase(v, engine.Id)))
            .ToList();
        if (unsupported.Count == 0) return;
        var first = unsupported[0];
        var firstHop = plan.Reached.FirstOrDefault()?.Hop;
        var hop = first == current ? firstHop : plan.Reached.First(r => r.Version == first).Hop;
        string what = first == current
            ? $"the cluster already runs an unsupported database, and {Wording.UnsupportedDatabaseRisk("the upgrade")}: migrate the database before {(hop is null ? "the first upgrade" : $"the upgrade to {hop.To}")}"
            : $"migrate the database before the upgrade to {hop!.To}";
        context.Report(Descriptor, engineValue.Span,
            $"{engine.Name} is not supported by {string.Join(", ", unsupported.Select(v => v == current ? $"{v} (the version running today)" : v.ToString()))}" +
            Wording.SupportedThere(plan.Product, first) +
            $"; {what}");
    }
}
