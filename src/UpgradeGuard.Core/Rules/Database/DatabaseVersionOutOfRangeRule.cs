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

    public override void Check(RuleContext context)
    {
        // The plan's database course: the points UG3001 checks, each with the version in force and the supported ranges.
        var course = context.Plan?.Database;
        if (course is null || !context.Manifest.HasExternalDatabase) return;
        var engine = course.Engine;
        foreach (var group in course.Points.Where(p => p.IsOutOfRange).GroupBy(p => p.InForce.Span))
        {
            var first = group.First();
            var where = string.Join(", ", group.Select(p => $"{p.Version} ({(p.IsStart ? "the version running today: " : "")}{Ranges(engine, p.Lookup)})"));
            string hint = first.IsStart ? StartHint(course, first) : Hint(context, course, first);
            context.Report(Descriptor, group.Key, $"{engine.Display(first.InForce.Text)} is outside the supported range at {where}; {hint}");
        }
    }

    private static string Ranges(EngineInfo engine, DatabaseSupportLookup lookup) => Wording.Ranges(engine, lookup.Ranges!);

    /// <summary>The first version of the plan after <paramref name="index"/> that supports the version in force at <paramref name="point"/>.</summary>
    private static DatabasePoint? LaterSupporting(DatabaseCourse course, DatabasePoint point, int index) =>
        course.AfterHops.Skip(index).FirstOrDefault(p => course.Product.LookupDatabase(p.Version, course.Engine.Id).Contains(point.InForce.Version));

    /// <summary>What to do when the database is already unsupported by the version the cluster runs today.</summary>
    private static string StartHint(DatabaseCourse course, DatabasePoint start)
    {
        var engine = course.Engine;
        var next = course.AfterHops.Count > 0 ? course.AfterHops[0].Reached : null;
        string firstUpgrade = next is null ? "the first upgrade" : $"the upgrade to {next.Hop.To}";
        if (start.InForce.Step != null)
        {
            // An upgrade-database step before the first hop sets a version the cluster's current version does not support.
            if (start.IsTooOld) return $"the 'upgrade-database' step sets a version {start.Version} does not support: raise it to {Ranges(engine, start.Lookup)}";
            var fine = LaterSupporting(course, start, 0);
            return fine != null
                ? $"the database is newer than {start.Version} supports: upgrade the database only once the cluster runs {fine.Version}"
                : $"the database is newer than {start.Version} supports and no later version of the plan changes that";
        }
        string risk = $"the cluster already runs an unsupported database, and {Wording.UnsupportedDatabaseRisk(firstUpgrade)}";
        if (!start.IsTooOld)
        {
            var later = LaterSupporting(course, start, 0);
            return $"{risk}; a database cannot be downgraded: ask Parallels support before {firstUpgrade}" +
                   (later != null ? $" ({later.Version} supports {engine.Display(start.InForce.Text)})" : "");
        }
        var fit = next is null ? null : DatabaseCourse.CommonRange(course.Product, engine, start.Version, next.Version, start.InForce.Version);
        if (fit != null)
        {
            return $"{risk}: an 'upgrade-database: \"{DatabaseCourse.Lowest(fit)}\"' step before {firstUpgrade} would fit ({Wording.SupportedByBoth(engine, fit, start.Version, next!.Version)})";
        }
        var minimum = start.Lookup.Ranges!.Where(r => r.Minimum != null).Select(r => r.Minimum!).OrderBy(v => v).FirstOrDefault();
        return minimum is null
            ? $"{risk}: upgrade the database to {Ranges(engine, start.Lookup)} before {firstUpgrade}"
            : $"{risk}: add an 'upgrade-database: \"{minimum}\"' step before {firstUpgrade} ({Ranges(engine, start.Lookup)} is what {start.Version} supports)";
    }

    private static string Hint(RuleContext context, DatabaseCourse course, DatabasePoint failing)
    {
        var engine = course.Engine;
        int index = IndexOf(course, failing);
        if (!failing.IsTooOld)
        {
            var later = LaterSupporting(course, failing, index + 1);
            return later != null
                ? $"the database is newer than {failing.Version} supports: upgrade the database only once the cluster runs {later.Version}"
                : $"the database is newer than {failing.Version} supports and no later version of the plan changes that";
        }
        ProductVersion? before = index > 0 ? course.AfterHops[index - 1].Version : context.Manifest.Cluster?.Version is { IsValid: true } v ? v.Value : (ProductVersion?)null;
        string target = $"the upgrade to {failing.Reached!.Hop.To}";
        if (before is null) return $"add an 'upgrade-database' step before {target}";
        if (!course.Product.LookupDatabase(before.Value, engine.Id).IsCovered) return $"add an 'upgrade-database' step to {engine.DisplayRange(failing.Lookup.Ranges![0])} before {target}";
        var fit = DatabaseCourse.CommonRange(course.Product, engine, failing.Version, before.Value, failing.InForce.Version);
        if (fit is null)
        {
            return $"{Wording.NoneSupportedByBoth(engine, before.Value, failing.Version)}: upgrade the database during the maintenance window of {target}";
        }
        return $"an 'upgrade-database: \"{DatabaseCourse.Lowest(fit)}\"' step before {target} would fit ({Wording.SupportedByBoth(engine, fit, before.Value, failing.Version)})";
    }

    private static int IndexOf(DatabaseCourse course, DatabasePoint point)
    {
        for (int i = 0; i < course.AfterHops.Count; i++)
        {
            if (ReferenceEquals(course.AfterHops[i], point)) return i;
        }
        return -1;
    }
}
