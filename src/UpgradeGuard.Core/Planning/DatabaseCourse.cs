using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Planning;

/// <summary>The database engine version in force at some point of the plan, and where it was set.</summary>
/// <param name="Text">As written: <c>2019</c> or <c>15.0</c>.</param>
/// <param name="Span"><c>database.version</c>, or the <c>upgrade-database</c> step that set it.</param>
/// <param name="Step">The <c>upgrade-database</c> step, or null for <c>database.version</c>.</param>
public sealed record DatabaseVersionInForce(string Text, EngineVersion Version, SourceSpan Span, Step? Step);

/// <summary>A version the cluster runs during the plan, with the database version in force there and what the catalog supports.</summary>
/// <param name="Reached">The hop that gets the cluster there; null for the version it runs today (<c>cluster.version</c>).</param>
public sealed record DatabasePoint(ProductVersion Version, ReachedVersion? Reached, DatabaseVersionInForce InForce, DatabaseSupportLookup Lookup)
{
    public bool IsStart => Reached is null;
    /// <summary>The catalog lists the engine at this version and the version in force is outside every range.</summary>
    public bool IsOutOfRange => Lookup.IsEngineSupported && !Lookup.Contains(InForce.Version);
    /// <summary>Below every supported range (an upgrade fixes it); otherwise an out-of-range version is too new.</summary>
    public bool IsTooOld => Lookup.IsEngineSupported && Lookup.Ranges!.All(r => r.IsBelow(InForce.Version));
}

/// <summary>
/// The external database along the plan, computed once per plan: the engine version in force at the version the cluster
/// runs today and after each hop (an <c>upgrade-database</c> step changes it from there on), the range supported at
/// each, and where an <c>upgrade-database</c> step fits (<see cref="CommonRange"/>). UG3001, the hover on
/// <c>database.version</c> and the runbook's database steps read it.
/// </summary>
public sealed class DatabaseCourse
{
    private DatabaseCourse(ProductCatalog product, EngineInfo engine, DatabasePoint? start, IReadOnlyList<DatabasePoint> afterHops)
    {
        Product = product;
        Engine = engine;
        Start = start;
        AfterHops = afterHops;
    }

    public ProductCatalog Product { get; }
    public EngineInfo Engine { get; }
    /// <summary>
    /// The version the cluster runs today, with the database version in force when the first upgrade begins
    /// (<c>database.version</c>, or an <c>upgrade-database</c> step before the first hop); null when
    /// <c>cluster.version</c> cannot be read.
    /// </summary>
    public DatabasePoint? Start { get; }
    /// <summary>Every version the plan reaches (<see cref="UpgradePlan.Reached"/>), in order, with the version in force there.</summary>
    public IReadOnlyList<DatabasePoint> AfterHops { get; }

    /// <summary><see cref="Start"/>, then <see cref="AfterHops"/>.</summary>
    public IEnumerable<DatabasePoint> Points => Start is null ? AfterHops : new[] { Start }.Concat(AfterHops);

    /// <summary>
    /// The course of the manifest's database; null when its engine is not the catalog's or <c>database.version</c>
    /// cannot be read. Rules check it only for an external database (<see cref="Manifest.HasExternalDatabase"/>).
    /// </summary>
    public static DatabaseCourse? Build(Manifest manifest, ProductCatalog product, IReadOnlyList<ReachedVersion> reached)
    {
        var engine = EngineOf(manifest, product);
        if (engine is null) return null;
        var initial = Initial(manifest, engine);
        if (initial is null) return null;
        var changes = (manifest.Upgrade?.Steps ?? new List<Step>())
            .Where(s => s.Kind == StepKind.UpgradeDatabase && s.DatabaseVersion is { IsValid: true })
            .Select(s => (Step: s, Version: engine.Resolve(s.DatabaseVersion!.Value)))
            .Where(c => c.Version != null)
            .ToList();
        // Reached versions and database changes both follow the order of the steps: merge them in one pass.
        var afterHops = new List<DatabasePoint>();
        var inForce = initial;
        int next = 0;
        foreach (var point in reached)
        {
            int hopIndex = point.Hop.Step?.Index ?? -1;
            while (next < changes.Count && changes[next].Step.Index < hopIndex)
            {
                var change = changes[next++];
                inForce = new DatabaseVersionInForce(change.Step.DatabaseVersion!.Value, change.Version!, change.Step.Span, change.Step);
            }
            afterHops.Add(new DatabasePoint(point.Version, point, inForce, product.LookupDatabase(point.Version, engine.Id)));
        }
        DatabasePoint? start = null;
        if (manifest.Cluster?.Version is { IsValid: true } current)
        {
            var atStart = afterHops.Count > 0 ? afterHops[0].InForce : initial;
            start = new DatabasePoint(current.Value, null, atStart, product.LookupDatabase(current.Value, engine.Id));
        }
        return new DatabaseCourse(product, engine, start, afterHops);
    }

    /// <summary><c>database.engine</c> as the catalog knows it, when readable.</summary>
    public static EngineInfo? EngineOf(Manifest manifest, ProductCatalog product) =>
        manifest.Database?.Engine is { IsValid: true } engine && product.Engines.TryGetValue(engine.Value, out var info) ? info : null;

    /// <summary><c>database.version</c> as the engine reads it; null when it cannot be read.</summary>
    public static DatabaseVersionInForce? Initial(Manifest manifest, EngineInfo engine)
    {
        var version = manifest.Database?.Version;
        if (version is not { IsValid: true }) return null;
        var resolved = engine.Resolve(version.Value);
        return resolved is null ? null : new DatabaseVersionInForce(version.Value, resolved, version.Span, null);
    }

    /// <summary>
    /// "A database version that both versions support": the lowest range of <paramref name="engine"/> versions that both
    /// <paramref name="first"/> and <paramref name="second"/> support, above <paramref name="above"/> when given; null
    /// when there is none. An <c>upgrade-database</c> step to its lowest version fits between the two.
    /// </summary>
    public static EngineRange? CommonRange(ProductCatalog product, EngineInfo engine, ProductVersion first, ProductVersion second, EngineVersion? above = null)
    {
        var firstRanges = product.LookupDatabase(first, engine.Id).Ranges ?? new List<EngineRange>();
        var secondRanges = product.LookupDatabase(second, engine.Id).Ranges ?? new List<EngineRange>();
        return firstRanges
            .SelectMany(r => secondRanges.Select(r.Intersect))
            .Where(r => r != null && Lowest(r) != null && (above is null || Lowest(r)!.CompareTo(above) > 0))
            .OrderBy(r => Lowest(r!))
            .FirstOrDefault();
    }

    /// <summary>The version an <c>upgrade-database</c> step into <paramref name="range"/> goes to: its minimum, else its maximum.</summary>
    public static EngineVersion? Lowest(EngineRange range) => range.Minimum ?? range.Maximum;
}
