using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Core.Rules.Database;

/// <summary>UG3001: the database version is outside the supported range of a version the plan reaches.</summary>
public sealed class DatabaseVersionOutOfRangeRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.DatabaseVersionOutOfRange, "Database version not supported during the plan", Severity.Error, RuleCategories.Database,
        "The external database must be supported by every version the cluster runs during the plan, with the engine version in force at that point. The message names the versions, the supported ranges, and where an upgrade-database step would fit.");

    public override RuleDescriptor Definition => Descriptor;

    public override void Check(RuleContext context)
    {
        var engine = context.DatabaseEngine;
        var plan = context.Plan;
        if (engine is null || plan is null) return;
        var timeline = DatabaseTimeline.Build(context.Manifest, plan, engine);
        var failures = timeline
            .Select((t, index) => (t.Reached, t.InForce, Lookup: plan.Product.LookupDatabase(t.Reached.Version, engine.Id), Index: index))
            .Where(t => t.Lookup.IsEngineSupported && !t.Lookup.Contains(t.InForce.Version))
            .ToList();
        foreach (var group in failures.GroupBy(f => f.InForce.Span))
        {
            var first = group.First();
            var where = string.Join(", ", group.Select(f => $"{f.Reached.Version} ({string.Join(" or ", f.Lookup.Ranges!.Select(engine.DisplayRange))})"));
            string message = $"{engine.Display(first.InForce.Text)} is outside the supported range at {where}; {Hint(context, plan, engine, timeline, first.Index, first.InForce, first.Lookup)}";
            context.Report(Descriptor, group.Key, message);
        }
    }

    private static string Hint(RuleContext context, UpgradePlan plan, EngineInfo engine,
        IReadOnlyList<(ReachedVersion Reached, DatabaseVersionInForce InForce)> timeline,
        int index, DatabaseVersionInForce inForce, DatabaseSupportLookup lookup)
    {
        var failing = timeline[index].Reached;
        bool tooOld = lookup.Ranges!.All(r => r.IsBelow(inForce.Version));
        if (!tooOld)
        {
            var later = timeline.Skip(index + 1).FirstOrDefault(t => plan.Product.LookupDatabase(t.Reached.Version, engine.Id).Contains(inForce.Version));
            return later.Reached != null
                ? $"the database is newer than {failing.Version} supports: upgrade the database only once the cluster runs {later.Reached.Version}"
                : $"the database is newer than {failing.Version} supports and no later version of the plan changes that";
        }
        ProductVersion? before = index > 0 ? timeline[index - 1].Reached.Version : context.Manifest.Cluster?.Version is { IsValid: true } v ? v.Value : (ProductVersion?)null;
        string target = $"the upgrade to {failing.Hop.To}";
        if (before is null) return $"add an 'upgrade-database' step before {target}";
        var beforeLookup = plan.Product.LookupDatabase(before.Value, engine.Id);
        if (!beforeLookup.IsCovered) return $"add an 'upgrade-database' step to {engine.DisplayRange(lookup.Ranges![0])} before {target}";
        var fits = lookup.Ranges!
            .SelectMany(r => (beforeLookup.Ranges ?? new List<EngineRange>()).Select(b => r.Intersect(b)))
            .Where(r => r != null)
            .ToList();
        if (fits.Count == 0)
        {
            return $"no {engine.Name} version is supported by both {before} and {failing.Version}: upgrade the database during the maintenance window of {target}";
        }
        var fit = fits[0]!;
        var suggested = fit.Minimum ?? fit.Maximum!;
        return $"an 'upgrade-database: \"{suggested}\"' step before {target} would fit ({engine.DisplayRange(fit)} is supported by both {before} and {failing.Version})";
    }
}
