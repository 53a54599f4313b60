using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Planning;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Rules.Database;

/// <summary>UG3001: the database version is outside the supported range of a version the plan reaches, the starting version included.</summary>
public sealed class DatabaseVersionOutOfRangeRule : Rule
{
    public static readonly RuleDescriptor Descriptor = new RuleDescriptor(
        RuleIds.DatabaseVersionOutOfRange, "Database version not supported during the plan", Severity.Error, RuleCategories.Database,
        "The external database must be supported by every version the cluster runs during the plan, the version it runs today included, with the engine version in force at that point. The message names the versions, the supported ranges, and where an upgrade-database step would fit.");

    public override RuleDescriptor Definition => Descriptor;

    /// <summary>A version the cluster runs during the plan: the start (no hop) or the version after a hop.</summary>
    private sealed class Point
    {
        public Point(ProductVersion version, ReachedVersion? reached, DatabaseVersionInForce inForce, DatabaseSupportLookup lookup, int index)
        {
            Version = version;
            Reached = reached;
            InForce = inForce;
            Lookup = lookup;
            Index = index;
        }

        public ProductVersion Version { get; }
        /// <summary>Null for the start.</summary>
        public ReachedVersion? Reached { get; }
        public DatabaseVersionInForce InForce { get; }
        public DatabaseSupportLookup Lookup { get; }
        /// <summary>Index in the timeline; -1 for the start.</summary>
        public int Index { get; }
        public bool IsStart => Reached is null;
    }

    public override void Check(RuleContext context)
    {
        var engine = context.DatabaseEngine;
        var plan = context.Plan;
        if (engine is null || plan is null) return;
        var timeline = DatabaseTimeline.Build(context.Manifest, plan, engine);
        var points = new List<Point>();
        if (DatabaseTimeline.AtStart(context.Manifest, plan, engine, timeline) is { } start)
        {
            points.Add(new Point(start.Version, null, start.InForce, plan.Product.LookupDatabase(start.Version, engine.Id), -1));
        }
        points.AddRange(timeline.Select((t, index) => new Point(t.Reached.Version, t.Reached, t.InForce, plan.Product.LookupDatabase(t.Reached.Version, engine.Id), index)));
        var failures = points.Where(p => p.Lookup.IsEngineSupported && !p.Lookup.Contains(p.InForce.Version)).ToList();
        foreach (var group in failures.GroupBy(f => f.InForce.Span))
        {
            var first = group.First();
            var where = string.Join(", ", group.Select(f => $"{f.Version} ({(f.IsStart ? "the version running today: " : "")}{Ranges(engine, f.Lookup)})"));
            string hint = first.IsStart
                ? StartHint(plan, engine, timeline, first)
                : Hint(context, plan, engine, timeline, first.Index, first.InForce, first.Lookup);
            context.Report(Descriptor, group.Key, $"{engine.Display(first.InForce.Text)} is outside the supported range at {where}; {hint}");
        }
    }

    private static string Ranges(EngineInfo engine, DatabaseSupportLookup lookup) => string.Join(" or ", lookup.Ranges!.Select(engine.DisplayRange));

    /// <summary>What to do when the database is already unsupported by the version the cluster runs today.</summary>
    private static string StartHint(UpgradePlan plan, EngineInfo engine,
        IReadOnlyList<(ReachedVersion Reached, DatabaseVersionInForce InForce)> timeline, Point start)
    {
        var next = timeline.Count > 0 ? timeline[0].Reached : null;
        string firstUpgrade = next is null ? "the first upgrade" : $"the upgrade to {next.Hop.To}";
        bool tooOld = start.Lookup.Ranges!.All(r => r.IsBelow(start.InForce.Version));
        if (start.InForce.Step != null)
        {
            // An upgrade-database step before the first hop sets a version the cluster's current version does not support.
            if (tooOld) return $"the 'upgrade-database' step sets a version {start.Version} does not support: raise it to {Ranges(engine, start.Lookup)}";
            var fine = timeline.FirstOrDefault(t => plan.Product.LookupDatabase(t.Reached.Version, engine.Id).Contains(start.InForce.Version)).Reached;
            return fine != null
                ? $"the database is newer than {start.Version} supports: upgrade the database only once the cluster runs {fine.Version}"
                : $"the database is newer than {start.Version} supports and no later version of the plan changes that";
        }
        string risk = $"the cluster already runs an unsupported database, and the guide warns that this can make {firstUpgrade} fail";
        if (!tooOld)
        {
            var later = timeline.FirstOrDefault(t => plan.Product.LookupDatabase(t.Reached.Version, engine.Id).Contains(start.InForce.Version)).Reached;
            return $"{risk}; a database cannot be downgraded: ask Parallels support before {firstUpgrade}" +
                   (later != null ? $" ({later.Version} supports {engine.Display(start.InForce.Text)})" : "");
        }
        var fits = next is null
            ? new List<EngineRange>()
            : start.Lookup.Ranges!
                .SelectMany(r => (plan.Product.LookupDatabase(next.Version, engine.Id).Ranges ?? new List<EngineRange>()).Select(b => r.Intersect(b)))
                .Where(r => r != null && (r.Minimum ?? r.Maximum) != null)
                .Select(r => r!)
                .ToList();
        if (fits.Count > 0)
        {
            var fit = fits[0];
            return $"{risk}: an 'upgrade-database: \"{fit.Minimum ?? fit.Maximum}\"' step before {firstUpgrade} would fit ({engine.DisplayRange(fit)} is supported by both {start.Version} and {next!.Version})";
        }
        var minimum = start.Lookup.Ranges!.Where(r => r.Minimum != null).Select(r => r.Minimum!).OrderBy(v => v).FirstOrDefault();
        return minimum is null
            ? $"{risk}: upgrade the database to {Ranges(engine, start.Lookup)} before {firstUpgrade}"
            : $"{risk}: add an 'upgrade-database: \"{minimum}\"' step before {firstUpgrade} ({Ranges(engine, start.Lookup)} is what {start.Version} supports)";
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
